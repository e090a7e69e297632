package io.pdkit.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pdkit.core.Sleeper;
import io.pdkit.core.ratelimit.RateLimitKey;
import io.pdkit.core.ratelimit.RateLimiter;

/**
 * Records the time calls waited on the limiter as
 * {@code pagerduty.client.rate-limit.wait} (tags {@code api}, {@code outcome}:
 * {@code acquired} or {@code deadline}); the credential is never a tag.
 */
final class TimedRateLimiter implements RateLimiter {

	static final String METRIC = "pagerduty.client.rate-limit.wait";

	private final RateLimiter delegate;

	private final MeterRegistry registry;

	TimedRateLimiter(RateLimiter delegate, MeterRegistry registry) {
		this.delegate = delegate;
		this.registry = registry;
	}

	@Override
	public Optional<Duration> acquire(RateLimitKey key, Duration maxWait, Sleeper sleeper) throws InterruptedException {
		Optional<Duration> waited = this.delegate.acquire(key, maxWait, sleeper);
		Timer.builder(METRIC)
			.description("Time PagerDuty calls waited on the client-side rate limiter")
			.tag("api", key.api())
			.tag("outcome", waited.isPresent() ? "acquired" : "deadline")
			.register(this.registry)
			.record(waited.orElse(maxWait));
		return waited;
	}

	@Override
	public void drain(RateLimitKey key, Duration resetIn) {
		this.delegate.drain(key, resetIn);
	}

	@Override
	public String toString() {
		return this.delegate.toString();
	}

}
