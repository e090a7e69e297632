package io.pdkit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RetryAdditionsTest {

	private final List<Duration> sleeps = new ArrayList<>();

	@Test
	void requestWhenRateLimitedWithResetHeaderShouldWaitAtLeastTheReset() {
		ClientHttpRequestFactory factory = responses(rateLimited("20"), rateLimited("1"), ok());
		TestApiClient client = client(factory).build();

		ApiResponse response = client.get("/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(6));
	}

	@Test
	void requestWhenResetHeaderIsFractionalShouldRoundUp() {
		TestApiClient client = client(responses(rateLimited("4.2"), ok())).build();

		client.get("/users");

		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(5));
	}

	@Test
	void requestWhenResetHeaderIsGarbageShouldUseComputedWait() {
		TestApiClient client = client(responses(rateLimited("soon"), ok())).build();

		client.get("/users");

		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void requestWhenDeadlineLeavesNoTimeShouldReturnLastResponse() {
		MutableClock clock = new MutableClock();
		ClientHttpRequestFactory factory = responses(rateLimited(null), rateLimited(null), rateLimited(null), ok());
		TestApiClient client = client(factory).clock(clock).sleeper(duration -> {
			this.sleeps.add(duration);
			clock.advance(duration);
		}).retrySettings(RetrySettings.defaults().withMaxElapsed(Duration.ofSeconds(10))).build();

		ApiResponse response = client.get("/users");

		assertThat(response.status()).isEqualTo(429);
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
	}

	@Test
	void requestWhenNetworkFailsPastDeadlineShouldRaiseWithCause() {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().forever(ScriptedRequestFactory.NETWORK_ERROR);
		TestApiClient client = client(factory)
			.retrySettings(RetrySettings.defaults().withMaxElapsed(Duration.ofSeconds(1)))
			.build();

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> client.get("/users"))
			.withMessage("GET https://api.pagerduty.com/users: Network error; the retry deadline (PT1S) does not leave "
					+ "time for another attempt.")
			.withCauseInstanceOf(org.springframework.web.client.ResourceAccessException.class)
			.satisfies(ex -> assertThat(ex.response()).isEmpty());
		assertThat(factory.requests()).hasSize(1);
	}

	@Test
	void requestWhenStaggerCooldownSetShouldMultiplyByJitter() {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(429, 429, 200);
		TestApiClient client = client(factory).jitter(() -> 0.5)
			.retrySettings(RetrySettings.defaults().withStaggerCooldown(2))
			.build();

		client.get("/users");

		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(6), Duration.ofSeconds(24));
	}

	@Test
	void requestWhenInterruptedWhileWaitingShouldRaiseAndKeepInterruptFlag() {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(429, 200);
		TestApiClient client = client(factory).sleeper(duration -> {
			throw new InterruptedException("stop");
		}).build();

		try {
			assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> client.get("/users"))
				.withMessage("Interrupted while waiting 3.0 s to retry")
				.withCauseInstanceOf(InterruptedException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
		assertThat(factory.requests()).hasSize(1);
	}

	@Test
	void requestWhenCredentialRefreshableShouldRefreshOnceAndRetryOnceAfter401() {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(401, 200);
		RefreshingSource source = new RefreshingSource();
		TestApiClient client = TestApiClient.builder(TestApiClient.API, source)
			.requestFactory(factory)
			.sleeper(this.sleeps::add)
			.build();

		ApiResponse response = client.get("/users");

		assertThat(response.status()).isEqualTo(200);
		assertThat(source.refreshes).isEqualTo(1);
		assertThat(factory.requests()).extracting(r -> r.getHeaders().getFirst("Authorization"))
			.containsExactly("Token token=old-token-1111", "Token token=new-token-2222");
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void requestWhenRefreshedCredentialAlsoRejectedShouldRaiseWithoutLooping() {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(401, 401);
		RefreshingSource source = new RefreshingSource();
		TestApiClient client = TestApiClient.builder(TestApiClient.API, source).requestFactory(factory).build();

		assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> client.get("/users"))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(401))
			.withMessageContaining("(*2222)");
		assertThat(source.refreshes).isEqualTo(1);
		assertThat(factory.requests()).hasSize(2);
	}

	private TestApiClient.Builder client(ClientHttpRequestFactory factory) {
		return TestApiClient.builder("abcdefgh1234").requestFactory(factory).sleeper(this.sleeps::add);
	}

	private static ClientHttpRequestFactory responses(MockClientHttpResponse... responses) {
		List<MockClientHttpResponse> queue = new ArrayList<>(List.of(responses));
		return (uri, method) -> {
			MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
			request.setResponse(queue.remove(0));
			return request;
		};
	}

	private static MockClientHttpResponse rateLimited(String reset) {
		MockClientHttpResponse response = new MockClientHttpResponse(new byte[0], HttpStatus.TOO_MANY_REQUESTS);
		if (reset != null) {
			response.getHeaders().add("ratelimit-reset", reset);
		}
		return response;
	}

	private static MockClientHttpResponse ok() {
		return new MockClientHttpResponse("{}".getBytes(), HttpStatus.OK);
	}

	static final class RefreshingSource implements CredentialSource {

		private volatile String secret = "old-token-1111";

		private int refreshes;

		@Override
		public String secret() {
			return this.secret;
		}

		@Override
		public boolean refreshAfterRejection(String rejectedSecret) {
			this.refreshes++;
			this.secret = "new-token-2222";
			return true;
		}

	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
