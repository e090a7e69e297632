package io.pdkit.core;

/**
 * PagerDuty answered with a 5xx, a redirect, or a body that is not what the call expects
 * (python-pagerduty's {@code ServerHttpError}): invalid JSON, a missing entity wrapper, a
 * missing {@code dedup_key}.
 *
 * <pre>{@code
 * catch (PagerDutyServerException ex) {
 *     retryLater(ex.requestId());
 * }
 * }</pre>
 */
public class PagerDutyServerException extends PagerDutyHttpException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the message
	 * @param response the response
	 */
	public PagerDutyServerException(String message, ApiResponse response) {
		super(message, response);
	}

}
