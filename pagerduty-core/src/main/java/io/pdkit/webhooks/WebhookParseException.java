package io.pdkit.webhooks;

import io.pdkit.core.PagerDutyException;
import org.jspecify.annotations.Nullable;

/**
 * Raised by {@link WebhookEventParser} when a body is not a PagerDuty v3 webhook payload.
 * The message says what is wrong without repeating the body.
 */
public class WebhookParseException extends PagerDutyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what is wrong with the payload
	 * @param cause the underlying error, or {@code null}
	 */
	public WebhookParseException(String message, @Nullable Throwable cause) {
		super(message, null, cause);
	}

}
