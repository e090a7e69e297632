package io.pdkit.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pdkit.core.RetryAdditionsTest.MutableClock;
import io.pdkit.core.ratelimit.InMemoryRateLimiter;
import io.pdkit.core.ratelimit.RateLimit;
import io.pdkit.core.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimitedRequestTest {

	private final MutableClock clock = new MutableClock();

	private final List<Duration> sleeps = new ArrayList<>();

	private final List<java.time.Instant> sentAt = new ArrayList<>();

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(
			new RateLimits(Map.of("test", RateLimit.of(4, Duration.ofSeconds(1)).withBurst(2))), this.clock);

	@Test
	void requestWhenBurstIsSpentShouldWaitBeforeSending() {
		TestApiClient client = client(ok(), ok(), ok()).build();

		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/users").status()).isEqualTo(200);
		}

		assertThat(this.sleeps).containsExactly(Duration.ofMillis(500));
		assertThat(this.sentAt).containsExactly(start(0), start(0), start(500));
	}

	@Test
	void requestWhenPagerDutyAnswers429ShouldDrainTheBucketForEveryClientWithTheKey() {
		TestApiClient first = client(rateLimited("7"), ok()).build();
		TestApiClient second = client(ok()).build();

		first.get("/users");
		this.sleeps.clear();
		second.get("/users");

		assertThat(this.sleeps).containsExactly(Duration.ofMillis(500));
		assertThat(this.sentAt).containsExactly(start(0), start(7000), start(7500));
	}

	@Test
	void requestWhenPermitIsNotAvailableBeforeTheDeadlineShouldRaiseWithoutSending() {
		TestApiClient client = client(ok(), ok())
			.retrySettings(RetrySettings.defaults().withMaxElapsed(Duration.ofMillis(300)))
			.build();
		client.get("/users");
		client.get("/users");

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> client.get("/users"))
			.withMessage("GET https://api.pagerduty.com/users: the client-side rate limit allows no request within "
					+ "PT0.3S (the retry deadline)");
		assertThat(this.sentAt).hasSize(2);
	}

	@Test
	void requestWithoutLimiterShouldNeverWait() {
		TestApiClient client = client(ok(), ok(), ok()).rateLimiter(null).build();

		for (int i = 0; i < 3; i++) {
			client.get("/users");
		}

		assertThat(this.sleeps).isEmpty();
	}

	private java.time.Instant start(long millis) {
		return java.time.Instant.parse("2026-01-01T00:00:00Z").plusMillis(millis);
	}

	private TestApiClient.Builder client(MockClientHttpResponse... responses) {
		return TestApiClient.builder("abcdefgh1234")
			.requestFactory(responses(responses))
			.clock(this.clock)
			.sleeper(duration -> {
				this.sleeps.add(duration);
				this.clock.advance(duration);
			})
			.rateLimiter(this.limiter);
	}

	private ClientHttpRequestFactory responses(MockClientHttpResponse... responses) {
		List<MockClientHttpResponse> queue = new ArrayList<>(List.of(responses));
		return (uri, method) -> {
			this.sentAt.add(this.clock.instant());
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			request.setResponse(queue.remove(0));
			return request;
		};
	}

	private static MockClientHttpResponse rateLimited(String reset) {
		MockClientHttpResponse response = new MockClientHttpResponse(new byte[0], HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().add("ratelimit-reset", reset);
		return response;
	}

	private static MockClientHttpResponse ok() {
		return new MockClientHttpResponse("{}".getBytes(), HttpStatus.OK);
	}

}
