package io.pdkit.core.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A request budget: at most {@code permits} requests in any window of length
 * {@code period}. The bucket holds up to {@code burst} permits and refills the rest
 * evenly over the period, so a burst is allowed without ever exceeding {@code permits} in
 * a rolling window.
 *
 * <pre>{@code
 * RateLimit rest = RateLimit.perMinute(960);              // burst 48, then about 15 a second
 * RateLimit events = RateLimit.of(120, Duration.ofMinutes(1)).withBurst(10);
 * }</pre>
 *
 * @param permits most requests in any window of {@code period}
 * @param period the window
 * @param burst the bucket's capacity, between 1 and {@code permits}
 */
public record RateLimit(int permits, Duration period, int burst) {

	/**
	 * Validates the budget.
	 * @param permits most requests in any window of {@code period}; at least 1
	 * @param period the window; positive
	 * @param burst the bucket's capacity, between 1 and {@code permits}
	 */
	public RateLimit {
		Objects.requireNonNull(period, "period must not be null");
		if (permits < 1) {
			throw new IllegalArgumentException("permits must be at least 1, was " + permits);
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("period must be positive, was " + period);
		}
		if (burst < 1 || burst > permits) {
			throw new IllegalArgumentException("burst must be between 1 and permits (" + permits + "), was " + burst);
		}
	}

	/**
	 * Returns a budget of {@code permits} per {@code period} with the default burst (a
	 * twentieth of the permits, at least 1).
	 * @param permits most requests per window
	 * @param period the window
	 * @return the budget
	 */
	public static RateLimit of(int permits, Duration period) {
		return new RateLimit(permits, period, Math.max(1, permits / 20));
	}

	/**
	 * Returns a budget of {@code permits} a minute with the default burst.
	 * @param permits most requests per minute
	 * @return the budget
	 */
	public static RateLimit perMinute(int permits) {
		return of(permits, Duration.ofMinutes(1));
	}

	/**
	 * Returns a copy with another burst.
	 * @param burst the bucket's capacity, between 1 and {@code permits}
	 * @return the changed budget
	 */
	public RateLimit withBurst(int burst) {
		return new RateLimit(this.permits, this.period, burst);
	}

	/**
	 * Returns how many permits the bucket regains per period once a burst is spent.
	 * @return {@code permits - burst}, at least 1
	 */
	public int refillPerPeriod() {
		return Math.max(1, this.permits - this.burst);
	}

}
