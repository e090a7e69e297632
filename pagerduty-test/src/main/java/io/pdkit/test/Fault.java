package io.pdkit.test;

import java.time.Duration;
import java.util.Objects;

/**
 * Something that goes wrong with one request, queued with
 * {@link PagerDutySimulator#enqueueFault(Fault)}. Each queued fault applies to exactly
 * one request, in order, whatever its path.
 */
public sealed interface Fault {

	/**
	 * Answer with this HTTP status and PagerDuty's generic error body instead of handling
	 * the request.
	 *
	 * @param status an error status, 400 to 599
	 */
	record Status(int status) implements Fault {
		/**
		 * Checks that the status is an error status.
		 * @param status an error status, 400 to 599
		 */
		public Status {
			if (status < 400 || status > 599) {
				throw new IllegalArgumentException("status must be an error status (400-599): " + status);
			}
		}
	}

	/**
	 * Wait this long in the server thread, then handle the request normally.
	 *
	 * @param delay how long, not negative
	 */
	record Delay(Duration delay) implements Fault {
		/**
		 * Checks that the delay is set and not negative.
		 * @param delay how long the server thread waits before handling the request
		 */
		public Delay {
			Objects.requireNonNull(delay, "delay");
			if (delay.isNegative()) {
				throw new IllegalArgumentException("delay must not be negative: " + delay);
			}
		}
	}

	/** Close the connection without sending any response. */
	record DropConnection() implements Fault {
	}

	/**
	 * A fault answering with an error status, e.g. {@code Fault.status(503)}.
	 * @param status an error status, 400 to 599
	 * @return the fault
	 */
	static Fault status(int status) {
		return new Status(status);
	}

	/**
	 * A fault delaying the response.
	 * @param delay how long, not negative
	 * @return the fault
	 */
	static Fault delay(Duration delay) {
		return new Delay(delay);
	}

	/**
	 * A fault closing the connection without a response.
	 * @return the fault
	 */
	static Fault dropConnection() {
		return new DropConnection();
	}

}
