package io.pdkit.webhooks;

import io.pdkit.core.PagerDutyException;

/**
 * Raised by {@link WebhookSignatureVerifier#requireVerified(byte[], String)} when a
 * delivery is not authentic or too large. The message never contains a secret or the
 * body.
 */
public class WebhookVerificationException extends PagerDutyException {

	private static final long serialVersionUID = 1L;

	/** Why the delivery was refused. */
	private final WebhookVerificationResult result;

	/**
	 * Creates the exception.
	 * @param result why the delivery was refused (never
	 * {@link WebhookVerificationResult#VERIFIED})
	 * @param message the explanation
	 */
	public WebhookVerificationException(WebhookVerificationResult result, String message) {
		super(message);
		this.result = result;
	}

	/**
	 * Returns why the delivery was refused.
	 * @return the verification result
	 */
	public WebhookVerificationResult result() {
		return this.result;
	}

}
