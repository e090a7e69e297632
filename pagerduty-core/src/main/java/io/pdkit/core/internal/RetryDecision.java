package io.pdkit.core.internal;

import java.time.Duration;

import io.pdkit.core.RetryReason;
import org.jspecify.annotations.Nullable;

/**
 * What the client does after one attempt.
 *
 * @param action the action
 * @param reason why it retries, for {@link Action#RETRY}
 * @param sleep how long it waits first, for {@link Action#RETRY}
 */
public record RetryDecision(Action action, @Nullable RetryReason reason, Duration sleep) {

	/**
	 * The possible actions.
	 */
	public enum Action {

		/** Return the response to the caller. */
		ACCEPT,

		/** Wait, then send the request again. */
		RETRY,

		/** Raise: 401, 3xx. */
		RAISE,

		/**
		 * A retry budget is used up: return the last response, or raise the last network
		 * error.
		 */
		EXHAUSTED,

		/**
		 * The retry deadline leaves no time for the wait: return the last response or
		 * raise the last error.
		 */
		DEADLINE_REACHED

	}

	private static final RetryDecision ACCEPT = new RetryDecision(Action.ACCEPT, null, Duration.ZERO);

	static RetryDecision accept() {
		return ACCEPT;
	}

	static RetryDecision raise() {
		return new RetryDecision(Action.RAISE, null, Duration.ZERO);
	}

	static RetryDecision exhausted() {
		return new RetryDecision(Action.EXHAUSTED, null, Duration.ZERO);
	}

	/**
	 * Returns the decision to give up at once, for example after the thread was
	 * interrupted.
	 * @return an {@link Action#EXHAUSTED} decision
	 */
	public static RetryDecision exhaustedNow() {
		return exhausted();
	}

	static RetryDecision deadlineReached() {
		return new RetryDecision(Action.DEADLINE_REACHED, null, Duration.ZERO);
	}

	static RetryDecision retry(RetryReason reason, Duration sleep) {
		return new RetryDecision(Action.RETRY, reason, sleep);
	}

	/**
	 * Returns whether the client sends the request again.
	 * @return {@code true} for {@link Action#RETRY}
	 */
	public boolean retries() {
		return this.action == Action.RETRY;
	}

}
