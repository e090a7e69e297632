package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsAndRateLimitTest {

	private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private PagerDutySimulator sim;

	private SimHttp http;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
	}

	@Test
	void failNextShouldAnswerQueuedStatusesInOrderThenRecover() {
		sim.failNext(503, 2).failNext(500).failNext(502);

		assertThat(http.get("/users").status()).isEqualTo(503);
		SimHttp.Response second = http.get("/users");
		assertThat(http.get("/users").status()).isEqualTo(500);
		assertThat(http.get("/users").status()).isEqualTo(502);
		assertThat(http.get("/users").status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(503);
		assertThat(second.body()).isEqualTo("{\"error\":{\"message\":\"Service Unavailable\",\"code\":2000}}");
		assertThat(second.header("x-request-id")).isNotBlank();
	}

	@Test
	void failNextShouldApplyToEventsToo() {
		sim.failNext(500);

		SimHttp.Response response = SimHttp.bare(sim.eventsBaseUrl()).post("/v2/enqueue", "{}");

		assertThat(response.status()).isEqualTo(500);
	}

	@Test
	void delayNextShouldStillAnswerNormally() {
		sim.delayNext(Duration.ofMillis(20));

		assertThat(http.get("/users").status()).isEqualTo(200);
		assertThat(sim.requests()).hasSize(1);
	}

	@Test
	void dropNextConnectionShouldCloseWithoutResponseThenServeTheNextRequest() {
		sim.dropNextConnection();

		assertThatThrownBy(() -> http.sendRaw("POST", "/incidents", "{}", "application/json"))
			.isInstanceOf(IOException.class);
		assertThat(http.get("/users").status()).isEqualTo(200);
		assertThat(sim.requests()).extracting(ReceivedRequest::method).containsExactly("POST", "GET");
	}

	@Test
	void clearFaultsAndResetShouldForgetQueuedFaults() {
		sim.failNext(500, 3);
		sim.clearFaults();
		assertThat(http.get("/users").status()).isEqualTo(200);
		sim.failNext(500);
		sim.reset();
		assertThat(http.get("/users").status()).isEqualTo(200);
	}

	@Test
	void enqueueFaultShouldRefuseNonErrorStatus() {
		assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("status");
		assertThatThrownBy(() -> sim.failNext(500, 0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("times");
	}

	@Test
	void rateLimitWhenExceededShouldAnswer429WithRateLimitResetUntilTheWindowEnds() {
		sim.rateLimit(2, Duration.ofSeconds(30));

		SimHttp.Response first = http.get("/users");
		http.get("/users");
		CLOCK.advance(Duration.ofSeconds(10));
		SimHttp.Response limited = http.get("/users");

		assertThat(first.header("ratelimit-limit")).isEqualTo("2");
		assertThat(first.header("ratelimit-remaining")).isEqualTo("1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body()).isEqualTo("{\"error\":{\"message\":\"Rate Limit Exceeded\",\"code\":2020}}");
		assertThat(limited.header("ratelimit-remaining")).isEqualTo("0");
		assertThat(limited.header("ratelimit-reset")).isEqualTo("20");
		CLOCK.advance(Duration.ofSeconds(20));
		assertThat(http.get("/users").status()).isEqualTo(200);
	}

	@Test
	void rateLimitShouldRefuseBadArguments() {
		assertThatThrownBy(() -> sim.rateLimit(-1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("requests must not be negative: -1");
		assertThatThrownBy(() -> sim.rateLimit(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("window");
	}

	@Test
	void resetShouldRestoreTheBuildersRateLimit() {
		sim.rateLimit(1, Duration.ofSeconds(30));
		http.get("/users");

		sim.reset();

		SimHttp.Response response = http.get("/users");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("ratelimit-limit")).isEqualTo("960");
		assertThat(response.header("ratelimit-remaining")).isEqualTo("959");
	}

}
