package io.pdkit.webhooks;

/**
 * Names of the HTTP headers PagerDuty sends with every v3 webhook delivery.
 */
public final class WebhookHeaders {

	/**
	 * The signature header: comma-separated {@code v1=<hex HMAC-SHA256>} values, one for
	 * each signing secret.
	 */
	public static final String SIGNATURE = "X-PagerDuty-Signature";

	/**
	 * The delivery id, the same on every delivery attempt of one event (use it to drop
	 * duplicates).
	 */
	public static final String WEBHOOK_ID = "X-Webhook-Id";

	/**
	 * The id of the webhook subscription that produced the delivery.
	 */
	public static final String WEBHOOK_SUBSCRIPTION = "X-Webhook-Subscription";

	private WebhookHeaders() {
	}

}
