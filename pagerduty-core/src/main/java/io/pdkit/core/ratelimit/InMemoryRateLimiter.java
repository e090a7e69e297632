package io.pdkit.core.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.pdkit.core.Sleeper;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RateLimiter} whose buckets live in this JVM: the default, and the fallback of
 * a shared limiter whose engine does not answer. A permit that needs a wait is reserved
 * first, so concurrent callers queue up in order.
 *
 * <pre>{@code
 * RateLimiter limiter = new InMemoryRateLimiter(RateLimits.pagerDuty(), Clock.systemUTC());
 * }</pre>
 */
public final class InMemoryRateLimiter implements RateLimiter {

	private final RateLimits limits;

	private final Clock clock;

	private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	/**
	 * Creates the limiter.
	 * @param limits the budget of each API
	 * @param clock the clock buckets refill by
	 */
	public InMemoryRateLimiter(RateLimits limits, Clock clock) {
		this.limits = Objects.requireNonNull(limits, "limits must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	@Override
	public Optional<Duration> acquire(RateLimitKey key, Duration maxWait, Sleeper sleeper) throws InterruptedException {
		TokenBucket bucket = bucket(key);
		if (bucket == null) {
			return Optional.of(Duration.ZERO);
		}
		long wait = bucket.reserve(nowNanos(), maxWait.toNanos());
		if (wait < 0) {
			return Optional.empty();
		}
		Duration waited = Duration.ofNanos(wait);
		if (wait > 0) {
			sleeper.sleep(waited);
		}
		return Optional.of(waited);
	}

	@Override
	public void drain(RateLimitKey key, Duration resetIn) {
		TokenBucket bucket = bucket(key);
		if (bucket != null) {
			bucket.drain(nowNanos(), resetIn.toNanos());
		}
	}

	private @Nullable TokenBucket bucket(RateLimitKey key) {
		return this.limits.forApi(key.api())
			.map(limit -> this.buckets.computeIfAbsent(key.value(), name -> new TokenBucket(limit, nowNanos())))
			.orElse(null);
	}

	private long nowNanos() {
		Instant now = this.clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

	@Override
	public String toString() {
		return "InMemoryRateLimiter" + this.limits.byApi();
	}

}
