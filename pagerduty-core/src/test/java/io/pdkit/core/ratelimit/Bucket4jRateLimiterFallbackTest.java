package io.pdkit.core.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Bucket4jRateLimiterFallbackTest {

	private static final RateLimitKey KEY = RateLimitKey.of("rest", "abcdefgh1234");

	private static final RateLimits LIMITS = new RateLimits(
			Map.of("rest", RateLimit.of(10, Duration.ofSeconds(1)).withBurst(2)));

	private final FakeTime time = new FakeTime();

	private final AtomicInteger attempts = new AtomicInteger();

	private final Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(this::unavailable, LIMITS,
			new InMemoryRateLimiter(LIMITS, this.time), this.time);

	@Test
	void acquireWhenEngineFailsShouldLimitInMemoryAndRetryTheEngineAfterFiveSeconds() throws InterruptedException {
		assertThat(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(Duration.ZERO);
		assertThat(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(Duration.ZERO);
		assertThat(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(Duration.ofMillis(125));
		assertThat(this.attempts).hasValue(1);

		this.time.advance(Duration.ofSeconds(5));
		this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time);

		assertThat(this.attempts).hasValue(2);
	}

	@Test
	void drainWhenEngineFailsShouldDrainTheFallback() throws InterruptedException {
		this.limiter.drain(KEY, Duration.ofSeconds(3));

		assertThat(this.limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(Duration.ofSeconds(3));
	}

	@Test
	void acquireWhenApiHasNoLimitShouldNotAskTheEngine() throws InterruptedException {
		assertThat(this.limiter.acquire(RateLimitKey.of("events", "abcdefgh1234"), Duration.ZERO, this.time))
			.contains(Duration.ZERO);
		assertThat(this.attempts).hasValue(0);
	}

	private ProxyManager<String> unavailable() {
		this.attempts.incrementAndGet();
		throw new IllegalStateException("engine unavailable");
	}

}
