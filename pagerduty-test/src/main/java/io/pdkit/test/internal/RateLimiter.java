package io.pdkit.test.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A fixed-window request budget that reports PagerDuty's {@code ratelimit-*} header
 * values.
 */
public final class RateLimiter {

	/**
	 * The outcome of one request: whether it may proceed and the header values to send.
	 */
	public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
	}

	private final Clock clock;

	private int limit;

	private Duration window;

	private Instant windowStart;

	private int used;

	/**
	 * A limiter allowing {@code limit} requests per {@code window}, measured on
	 * {@code clock}.
	 */
	public RateLimiter(int limit, Duration window, Clock clock) {
		this.clock = clock;
		configure(limit, window);
	}

	/** Changes the budget and starts a fresh window. */
	public synchronized void configure(int limit, Duration window) {
		if (limit < 0) {
			throw new IllegalArgumentException("requests must not be negative: " + limit);
		}
		if (window.isZero() || window.isNegative()) {
			throw new IllegalArgumentException("window must be positive: " + window);
		}
		this.limit = limit;
		this.window = window;
		this.windowStart = clock.instant();
		this.used = 0;
	}

	/** Spends one request of the budget. */
	public synchronized Decision acquire() {
		Instant now = clock.instant();
		if (!now.isBefore(windowStart.plus(window))) {
			windowStart = now;
			used = 0;
		}
		used++;
		Duration left = Duration.between(now, windowStart.plus(window));
		long reset = Math.max(1, (left.toMillis() + 999) / 1000);
		return new Decision(used <= limit, limit, Math.max(0, limit - used), reset);
	}

}
