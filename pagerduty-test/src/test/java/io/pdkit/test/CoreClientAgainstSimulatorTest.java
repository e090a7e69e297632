package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.RequestOptions;

class CoreClientAgainstSimulatorTest {

	private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RawApiClient client;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = RawApiClient.builder(sim.apiKey()).baseUrl(sim.restBaseUrl()).sleeper(duration -> {
			sleeps.add(duration);
			CLOCK.advance(duration);
		}).build();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	@Test
	void getShouldReadWrappedUsersAndTheRequestId() {
		ApiResponse response = client.get("/users", RequestOptions.builder().queryParam("limit", 2).build());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("users")).hasSize(2);
		assertThat(response.requestId()).contains(sim.lastRequest().requestId());
		assertThat(sim.lastRequest().header("Authorization")).isEqualTo("Token token=" + sim.apiKey());
		assertThat(sim.lastRequest().target()).isEqualTo("/users?limit=2");
	}

	@Test
	void postShouldCreateAnIncidentWithFromHeader() {
		String serviceId = client.get("/services").json().path("services").path(0).path("id").asString();

		ApiResponse response = client.post("/incidents",
				RequestOptions.builder()
					.header("From", sim.ownerEmail())
					.body(Map.of("incident",
							Map.of("type", "incident", "title", "From pdkit", "service",
									Map.of("id", serviceId, "type", "service_reference"))))
					.build());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().path("incident").path("title").asString()).isEqualTo("From pdkit");
		assertThat(sim.lastRequest().header("Content-Type")).startsWith("application/json");
	}

	@Test
	void wrongKeyShouldRaiseHttpExceptionWith401() {
		try (RawApiClient wrong = RawApiClient.builder("wrong").baseUrl(sim.restBaseUrl()).build();
				PagerDutySimulator strict = PagerDutySimulator.builder().apiKey("right").start()) {
			RawApiClient strictClient = wrong.mutate().baseUrl(strict.restBaseUrl()).build();

			assertThatThrownBy(() -> strictClient.get("/users")).isInstanceOf(PagerDutyHttpException.class)
				.satisfies(e -> assertThat(((PagerDutyHttpException) e).status()).isEqualTo(401));
			strictClient.close();
		}
	}

	@Test
	void rateLimitedRequestShouldBeRetriedOnceRateLimitResetHasPassed() {
		sim.rateLimit(1, Duration.ofSeconds(30));
		client.get("/users");

		ApiResponse response = client.get("/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(sim.requests()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(30));
	}

}
