package io.pdkit.core.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTest {

	private static final RateLimitKey KEY = RateLimitKey.of("rest", "abcdefgh1234");

	private final FakeTime time = new FakeTime();

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(
			new RateLimits(java.util.Map.of("rest", RateLimit.of(10, Duration.ofSeconds(1)).withBurst(2))), this.time);

	@Test
	void acquireWhenBurstIsSpentShouldWaitForTheRefill() throws InterruptedException {
		List<Duration> waited = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			waited.add(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time).orElseThrow());
		}

		assertThat(waited).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMillis(125),
				Duration.ofMillis(125));
		assertThat(this.time.sleeps).containsExactly(Duration.ofMillis(125), Duration.ofMillis(125));
	}

	@Test
	void acquireWhenWaitExceedsMaxWaitShouldTakeNothing() throws InterruptedException {
		this.limiter.acquire(KEY, Duration.ZERO, this.time);
		this.limiter.acquire(KEY, Duration.ZERO, this.time);

		assertThat(this.limiter.acquire(KEY, Duration.ofMillis(100), this.time)).isEmpty();
		assertThat(this.limiter.acquire(KEY, Duration.ofMillis(125), this.time)).contains(Duration.ofMillis(125));
		assertThat(this.time.sleeps).containsExactly(Duration.ofMillis(125));
	}

	@Test
	void drainShouldHoldEveryPermitUntilTheReset() throws InterruptedException {
		this.limiter.drain(KEY, Duration.ofSeconds(5));

		assertThat(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(Duration.ofSeconds(5));
	}

	@Test
	void acquireWhenApiHasNoLimitShouldNotWait() throws InterruptedException {
		RateLimitKey events = RateLimitKey.of("events", "abcdefgh1234");
		for (int i = 0; i < 100; i++) {
			assertThat(this.limiter.acquire(events, Duration.ZERO, this.time)).contains(Duration.ZERO);
		}
	}

	@Test
	void acquireWhenDrivenAtThreeTimesTheRateShouldNeverExceedPermitsInAnyWindow() throws InterruptedException {
		List<Instant> sent = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			this.time.advance(Duration.ofMillis(33));
			this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time).orElseThrow();
			sent.add(this.time.instant());
		}

		int most = 0;
		for (int i = 0; i < sent.size(); i++) {
			Instant end = sent.get(i).plus(Duration.ofSeconds(1));
			most = Math.max(most, (int) sent.stream().skip(i).takeWhile(at -> at.isBefore(end)).count());
		}
		assertThat(most).isLessThanOrEqualTo(10).isEqualTo(9);
		assertThat(sent.get(299)).isEqualTo(Instant.parse("2026-01-01T00:00:37.283Z"));
	}

	@Test
	void bucketsWhenCredentialsDifferShouldBeSeparate() throws InterruptedException {
		RateLimitKey other = RateLimitKey.of("rest", "zyxwvuts9876");
		this.limiter.acquire(KEY, Duration.ZERO, this.time);
		this.limiter.acquire(KEY, Duration.ZERO, this.time);

		assertThat(this.limiter.acquire(KEY, Duration.ZERO, this.time)).isEmpty();
		assertThat(this.limiter.acquire(other, Duration.ZERO, this.time)).contains(Duration.ZERO);
	}

}
