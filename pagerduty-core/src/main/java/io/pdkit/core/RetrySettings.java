package io.pdkit.core;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * How a client retries, with python-pagerduty's semantics. For each HTTP status,
 * {@code statuses} holds a retry budget: {@code -1} retries without limit (not counted
 * toward {@code maxHttpAttempts}), {@code 0} (or absent) keeps the default handling (429
 * retried without limit, 401 raised, others returned), and {@code n > 0} retries up to
 * {@code n} times, after which the last response is returned. Counted retries of all
 * statuses together stop once they exceed {@code maxHttpAttempts}. Network failures are
 * retried {@code maxNetworkAttempts} times. The k-th wait in one call is
 * {@code sleepTimer × Π sleepTimerBase × (1 + staggerCooldown × r)} with {@code r}
 * uniform in [0, 1), so the defaults wait 3 s, 6 s, 12 s… A 429 carrying
 * {@code ratelimit-reset} waits at least that long.
 *
 * <pre>{@code
 * RetrySettings retry = RetrySettings.defaults()
 *         .withStatus(404, 3)
 *         .withMaxElapsed(Duration.ofMinutes(2));
 * }</pre>
 *
 * @param statuses retry budget per HTTP status
 * @param maxHttpAttempts cap on counted retries of configured statuses (default 10)
 * @param maxNetworkAttempts retries after network failures (default 3)
 * @param sleepTimer the seed of the first wait (default 1.5 s)
 * @param sleepTimerBase the growth factor of the waits (default 2)
 * @param staggerCooldown the random jitter factor (default 0)
 * @param maxElapsed optional deadline for all retries of one call; when reached, the last
 * response is returned or the last error raised
 */
public record RetrySettings(Map<Integer, Integer> statuses, int maxHttpAttempts, int maxNetworkAttempts,
		Duration sleepTimer, double sleepTimerBase, double staggerCooldown, @Nullable Duration maxElapsed) {

	private static final RetrySettings DEFAULTS = new RetrySettings(Map.of(), 10, 3, Duration.ofMillis(1500), 2, 0,
			null);

	/**
	 * Validates the settings and keeps an unmodifiable, status-ordered copy of
	 * {@code statuses}.
	 * @param statuses retry budget per HTTP status (100 to 599): {@code -1} unlimited,
	 * {@code 0} default handling, {@code n > 0} up to {@code n} retries
	 * @param maxHttpAttempts cap on counted retries of configured statuses
	 * @param maxNetworkAttempts retries after network failures
	 * @param sleepTimer the seed of the first wait
	 * @param sleepTimerBase the growth factor of the waits
	 * @param staggerCooldown the random jitter factor
	 * @param maxElapsed optional deadline for all retries of one call, or {@code null}
	 * for none
	 */
	public RetrySettings {
		Objects.requireNonNull(statuses, "statuses must not be null");
		TreeMap<Integer, Integer> copy = new TreeMap<>();
		statuses.forEach((status, retries) -> {
			if (status == null || status < 100 || status > 599) {
				throw new IllegalArgumentException("statuses: HTTP status must be between 100 and 599, was " + status);
			}
			if (retries == null) {
				throw new IllegalArgumentException("statuses: retries for status " + status + " must not be null");
			}
			if (retries < -1) {
				throw new IllegalArgumentException("statuses: retries for status " + status
						+ " must be -1 (unlimited), " + "0 (default handling) or a positive count, was " + retries);
			}
			copy.put(status, retries);
		});
		statuses = Collections.unmodifiableMap(copy);
		if (maxHttpAttempts < 0) {
			throw new IllegalArgumentException("maxHttpAttempts must be zero or more, was " + maxHttpAttempts);
		}
		if (maxNetworkAttempts < 0) {
			throw new IllegalArgumentException("maxNetworkAttempts must be zero or more, was " + maxNetworkAttempts);
		}
		Objects.requireNonNull(sleepTimer, "sleepTimer must not be null");
		if (sleepTimer.isNegative()) {
			throw new IllegalArgumentException("sleepTimer must not be negative, was " + sleepTimer);
		}
		if (!Double.isFinite(sleepTimerBase) || sleepTimerBase < 0) {
			throw new IllegalArgumentException("sleepTimerBase must be a finite number >= 0, was " + sleepTimerBase);
		}
		if (!Double.isFinite(staggerCooldown) || staggerCooldown < 0) {
			throw new IllegalArgumentException("staggerCooldown must be a finite number >= 0, was " + staggerCooldown);
		}
		if (maxElapsed != null && (maxElapsed.isNegative() || maxElapsed.isZero())) {
			throw new IllegalArgumentException("maxElapsed must be positive, was " + maxElapsed);
		}
	}

	/**
	 * Returns python-pagerduty's defaults: no per-status budgets, 10 HTTP and 3 network
	 * retries, 1.5 s seed, base 2, no jitter, no deadline.
	 * @return the defaults
	 */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the budget for one status: {@code -1}, {@code 0} (default handling) or
	 * {@code n}.
	 * @param status the HTTP status
	 * @return the budget
	 */
	public int retriesFor(int status) {
		return this.statuses.getOrDefault(status, 0);
	}

	/**
	 * Returns a copy with one status budget set.
	 * @param status the HTTP status
	 * @param retries {@code -1} unlimited, {@code 0} default handling, or the number of
	 * retries
	 * @return the changed copy
	 * @throws IllegalArgumentException if the status is not between 100 and 599 or
	 * retries is below -1
	 */
	public RetrySettings withStatus(int status, int retries) {
		TreeMap<Integer, Integer> copy = new TreeMap<>(this.statuses);
		copy.put(status, retries);
		return withStatusesReplaced(copy);
	}

	/**
	 * Returns a copy with the given budgets merged over the current ones.
	 * @param statuses budgets per status
	 * @return the changed copy
	 * @throws IllegalArgumentException if a status is not between 100 and 599 or a budget
	 * is below -1
	 */
	public RetrySettings withStatuses(Map<Integer, Integer> statuses) {
		TreeMap<Integer, Integer> copy = new TreeMap<>(this.statuses);
		copy.putAll(statuses);
		return withStatusesReplaced(copy);
	}

	private RetrySettings withStatusesReplaced(Map<Integer, Integer> statuses) {
		return new RetrySettings(statuses, this.maxHttpAttempts, this.maxNetworkAttempts, this.sleepTimer,
				this.sleepTimerBase, this.staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with another cap on counted retries.
	 * @param maxHttpAttempts the cap
	 * @return the changed copy
	 */
	public RetrySettings withMaxHttpAttempts(int maxHttpAttempts) {
		return new RetrySettings(this.statuses, maxHttpAttempts, this.maxNetworkAttempts, this.sleepTimer,
				this.sleepTimerBase, this.staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with another number of network retries.
	 * @param maxNetworkAttempts the number of retries after network failures
	 * @return the changed copy
	 */
	public RetrySettings withMaxNetworkAttempts(int maxNetworkAttempts) {
		return new RetrySettings(this.statuses, this.maxHttpAttempts, maxNetworkAttempts, this.sleepTimer,
				this.sleepTimerBase, this.staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with another wait seed.
	 * @param sleepTimer the seed; the first wait is {@code sleepTimer × sleepTimerBase}
	 * @return the changed copy
	 */
	public RetrySettings withSleepTimer(Duration sleepTimer) {
		return new RetrySettings(this.statuses, this.maxHttpAttempts, this.maxNetworkAttempts, sleepTimer,
				this.sleepTimerBase, this.staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with another growth factor.
	 * @param sleepTimerBase the factor
	 * @return the changed copy
	 */
	public RetrySettings withSleepTimerBase(double sleepTimerBase) {
		return new RetrySettings(this.statuses, this.maxHttpAttempts, this.maxNetworkAttempts, this.sleepTimer,
				sleepTimerBase, this.staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with another jitter factor.
	 * @param staggerCooldown the factor, zero or more
	 * @return the changed copy
	 */
	public RetrySettings withStaggerCooldown(double staggerCooldown) {
		return new RetrySettings(this.statuses, this.maxHttpAttempts, this.maxNetworkAttempts, this.sleepTimer,
				this.sleepTimerBase, staggerCooldown, this.maxElapsed);
	}

	/**
	 * Returns a copy with an overall deadline for the retries of one call ({@code null}
	 * for none).
	 * @param maxElapsed the deadline
	 * @return the changed copy
	 */
	public RetrySettings withMaxElapsed(@Nullable Duration maxElapsed) {
		return new RetrySettings(this.statuses, this.maxHttpAttempts, this.maxNetworkAttempts, this.sleepTimer,
				this.sleepTimerBase, this.staggerCooldown, maxElapsed);
	}

}
