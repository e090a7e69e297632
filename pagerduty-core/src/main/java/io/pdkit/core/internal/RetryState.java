package io.pdkit.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;

import io.pdkit.core.RetryReason;
import io.pdkit.core.RetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * The retry decisions of one call, exactly as python-pagerduty makes them (behaviour
 * reference §6), plus two additions: a 429 with {@code ratelimit-reset} waits at least
 * that long, and an optional deadline ({@link RetrySettings#maxElapsed()}) after which
 * the client stops retrying. Not thread-safe: one instance per call.
 */
public final class RetryState {

	private final RetrySettings settings;

	private final Clock clock;

	private final DoubleSupplier jitter;

	private final @Nullable Instant deadline;

	private @Nullable Map<Integer, Integer> counts;

	private double sleepSeconds;

	private int countedRetries;

	private int networkFailures;

	/**
	 * Starts the state of one call.
	 * @param settings the settings
	 * @param clock the clock the deadline is measured with
	 * @param jitter random numbers in [0, 1) for the stagger
	 */
	public RetryState(RetrySettings settings, Clock clock, DoubleSupplier jitter) {
		this.settings = settings;
		this.clock = clock;
		this.jitter = jitter;
		this.sleepSeconds = settings.sleepTimer().toNanos() / 1e9;
		this.deadline = (settings.maxElapsed() != null) ? clock.instant().plus(settings.maxElapsed()) : null;
	}

	/**
	 * Decides what to do after a network failure.
	 * @return retry after a wait, or give up (raise)
	 */
	public RetryDecision afterNetworkFailure() {
		this.networkFailures++;
		if (this.networkFailures > this.settings.maxNetworkAttempts()) {
			return RetryDecision.exhausted();
		}
		return retryUnlessPastDeadline(RetryReason.NETWORK_ERROR, nextSleep(), OptionalLong.empty());
	}

	/**
	 * Decides what to do with a response.
	 * @param status the HTTP status
	 * @param rateLimitResetSeconds the {@code ratelimit-reset} header value, if any
	 * @return the decision
	 */
	public RetryDecision afterResponse(int status, OptionalLong rateLimitResetSeconds) {
		if (status >= 300 && status < 400) {
			return RetryDecision.raise();
		}
		boolean success = status >= 200 && status < 300;
		int budget = this.settings.retriesFor(status);
		if (!success && budget != 0) {
			if (budget != -1) {
				if (this.counts == null) {
					this.counts = new HashMap<>();
				}
				int done = this.counts.getOrDefault(status, 0);
				if (done >= budget || this.countedRetries > this.settings.maxHttpAttempts()) {
					return RetryDecision.exhausted();
				}
				this.counts.put(status, done + 1);
				this.countedRetries++;
			}
			RetryReason reason = (status == 429) ? RetryReason.RATE_LIMITED : RetryReason.STATUS;
			return retryUnlessPastDeadline(reason, nextSleep(), resetFor(status, rateLimitResetSeconds));
		}
		if (status == 429) {
			return retryUnlessPastDeadline(RetryReason.RATE_LIMITED, nextSleep(), rateLimitResetSeconds);
		}
		if (status == 401) {
			return RetryDecision.raise();
		}
		return RetryDecision.accept();
	}

	/**
	 * Returns how many network failures this call has seen.
	 * @return the count
	 */
	public int networkFailures() {
		return this.networkFailures;
	}

	private static OptionalLong resetFor(int status, OptionalLong rateLimitResetSeconds) {
		return (status == 429) ? rateLimitResetSeconds : OptionalLong.empty();
	}

	private RetryDecision retryUnlessPastDeadline(RetryReason reason, Duration computed, OptionalLong minimumSeconds) {
		Duration sleep = computed;
		if (minimumSeconds.isPresent() && Duration.ofSeconds(minimumSeconds.getAsLong()).compareTo(sleep) > 0) {
			sleep = Duration.ofSeconds(minimumSeconds.getAsLong());
		}
		if (this.deadline != null && this.clock.instant().plus(sleep).isAfter(this.deadline)) {
			return RetryDecision.deadlineReached();
		}
		return RetryDecision.retry(reason, sleep);
	}

	private Duration nextSleep() {
		double factor = this.settings.sleepTimerBase()
				* (1 + this.settings.staggerCooldown() * this.jitter.getAsDouble());
		this.sleepSeconds = this.sleepSeconds * factor;
		return Duration.ofNanos(Math.round(this.sleepSeconds * 1e9));
	}

}
