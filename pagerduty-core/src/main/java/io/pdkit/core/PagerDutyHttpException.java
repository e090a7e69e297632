package io.pdkit.core;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * PagerDuty answered with a status the call cannot accept (python-pagerduty's
 * {@code HttpError}). Always carries the response.
 *
 * <pre>{@code
 * catch (PagerDutyHttpException ex) {
 *     if (ex.status() == 404) { ... }
 * }
 * }</pre>
 */
public class PagerDutyHttpException extends PagerDutyException {

	private static final long serialVersionUID = 1L;

	/** The HTTP status PagerDuty answered with. */
	private final int status;

	/** The {@code x-request-id} of the response, if PagerDuty sent one. */
	private final @Nullable String requestId;

	/**
	 * Creates the exception.
	 * @param message the message
	 * @param response the response
	 */
	public PagerDutyHttpException(String message, ApiResponse response) {
		super(message, response, null);
		this.status = response.status();
		this.requestId = response.requestId().orElse(null);
	}

	/**
	 * Returns the HTTP status of the response.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Returns PagerDuty's {@code x-request-id} of the response.
	 * @return the request id, if the response had one
	 */
	public Optional<String> requestId() {
		return Optional.ofNullable(this.requestId);
	}

	/**
	 * Returns the response.
	 * @return the response, always present
	 */
	public ApiResponse httpResponse() {
		return response().orElseThrow();
	}

}
