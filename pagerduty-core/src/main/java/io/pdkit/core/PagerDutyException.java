package io.pdkit.core;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception a pdkit client raises (python-pagerduty's {@code Error}). A
 * network failure after all retries is raised as this type with the network exception as
 * its cause and no response.
 *
 * <pre>{@code
 * try {
 *     client.rget("/users/PABC123");
 * }
 * catch (PagerDutyHttpException ex) {
 *     log.warn("PagerDuty said {} (request {})", ex.status(), ex.requestId().orElse("?"));
 * }
 * catch (PagerDutyException ex) {
 *     log.warn("PagerDuty unreachable", ex);
 * }
 * }</pre>
 */
public class PagerDutyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient @Nullable ApiResponse response;

	/**
	 * Creates an exception without a response.
	 * @param message the message
	 */
	public PagerDutyException(String message) {
		this(message, null, null);
	}

	/**
	 * Creates an exception.
	 * @param message the message
	 * @param response the response that caused it, if any
	 * @param cause the underlying exception, if any
	 */
	public PagerDutyException(String message, @Nullable ApiResponse response, @Nullable Throwable cause) {
		super(message, cause);
		this.response = response;
	}

	/**
	 * Returns the response that caused this exception.
	 * @return the response; empty for network failures and problems found before sending
	 */
	public Optional<ApiResponse> response() {
		return Optional.ofNullable(this.response);
	}

}
