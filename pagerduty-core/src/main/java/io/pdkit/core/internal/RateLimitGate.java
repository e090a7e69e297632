package io.pdkit.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import io.pdkit.core.PagerDutyException;
import io.pdkit.core.Sleeper;
import io.pdkit.core.ratelimit.RateLimitKey;
import io.pdkit.core.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;

/**
 * Applies a client's {@link RateLimiter} to one call: a permit before each attempt,
 * waited for within the call's retry deadline, and a drained bucket after a 429 that says
 * when the limit resets. Without a limiter it does nothing.
 */
public final class RateLimitGate {

	/** The longest wait for a permit when the call has no retry deadline. */
	static final Duration UNBOUNDED_WAIT = Duration.ofHours(1);

	private final @Nullable RateLimiter limiter;

	private final String api;

	private final Clock clock;

	private final Sleeper sleeper;

	private final @Nullable Instant deadline;

	private final String call;

	private final Duration limitWait;

	/**
	 * Starts the gate of one call.
	 * @param limiter the client's limiter, or {@code null} for none
	 * @param api the API's name
	 * @param maxElapsed the call's retry deadline, or {@code null}
	 * @param clock the client's clock
	 * @param sleeper the client's sleeper
	 * @param call the method and display URL, for messages
	 */
	public RateLimitGate(@Nullable RateLimiter limiter, String api, @Nullable Duration maxElapsed, Clock clock,
			Sleeper sleeper, String call) {
		this.limiter = limiter;
		this.api = api;
		this.clock = clock;
		this.sleeper = sleeper;
		this.deadline = (limiter != null && maxElapsed != null) ? clock.instant().plus(maxElapsed) : null;
		this.call = call;
		this.limitWait = (maxElapsed != null) ? maxElapsed : UNBOUNDED_WAIT;
	}

	/**
	 * Waits for a permit to send one attempt.
	 * @param secret the credential of the attempt (only its hash is used)
	 * @throws PagerDutyException if no permit is available before the deadline, or the
	 * wait is interrupted
	 */
	public void beforeSend(String secret) {
		if (this.limiter == null) {
			return;
		}
		Duration maxWait = (this.deadline != null) ? Duration.between(this.clock.instant(), this.deadline)
				: UNBOUNDED_WAIT;
		try {
			if (maxWait.isNegative()
					|| this.limiter.acquire(RateLimitKey.of(this.api, secret), maxWait, this.sleeper).isEmpty()) {
				throw new PagerDutyException(this.call + ": the client-side rate limit allows no request within "
						+ this.limitWait + " (the retry deadline)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PagerDutyException(this.call + ": interrupted while waiting for the client-side rate limit", null,
					ex);
		}
	}

	/**
	 * Reports a response: a 429 with {@code ratelimit-reset} drains the bucket until the
	 * reset.
	 * @param secret the credential of the attempt
	 * @param status the response status
	 * @param resetSeconds the {@code ratelimit-reset} header in seconds, if any
	 */
	public void afterResponse(String secret, int status, OptionalLong resetSeconds) {
		if (this.limiter != null && status == 429 && resetSeconds.isPresent()) {
			this.limiter.drain(RateLimitKey.of(this.api, secret), Duration.ofSeconds(resetSeconds.getAsLong()));
		}
	}

}
