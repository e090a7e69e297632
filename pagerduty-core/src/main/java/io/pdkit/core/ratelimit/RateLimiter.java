package io.pdkit.core.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.pdkit.core.Sleeper;

/**
 * Decides when a request may be sent. A client built with
 * {@link io.pdkit.core.ApiClient.Builder#rateLimiter(RateLimiter)} asks for a permit
 * before every attempt and reports PagerDuty's 429 answers back. Implementations are
 * thread-safe.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.inMemory(RateLimits.pagerDuty());
 * RestApiV2Client client = RestApiV2Client.builder(apiKey).rateLimiter(limiter).build();
 * }</pre>
 */
public interface RateLimiter {

	/**
	 * Takes one permit from a bucket, waiting through {@code sleeper} until one is
	 * available.
	 * @param key the bucket
	 * @param maxWait the longest acceptable wait; when a permit needs longer, nothing is
	 * taken
	 * @param sleeper how to wait
	 * @return the time waited ({@link Duration#ZERO} when a permit was available), or
	 * empty if no permit is available within {@code maxWait}
	 * @throws InterruptedException if the waiting thread is interrupted
	 */
	Optional<Duration> acquire(RateLimitKey key, Duration maxWait, Sleeper sleeper) throws InterruptedException;

	/**
	 * Empties a bucket until PagerDuty's limit resets, after a 429 with a
	 * {@code ratelimit-reset} header. A shared bucket is emptied for every instance.
	 * @param key the bucket
	 * @param resetIn the time until the limit resets
	 */
	void drain(RateLimitKey key, Duration resetIn);

	/**
	 * Returns a limiter whose buckets live in this JVM.
	 * @param limits the budget of each API
	 * @return the limiter
	 */
	static RateLimiter inMemory(RateLimits limits) {
		return new InMemoryRateLimiter(limits, Clock.systemUTC());
	}

}
