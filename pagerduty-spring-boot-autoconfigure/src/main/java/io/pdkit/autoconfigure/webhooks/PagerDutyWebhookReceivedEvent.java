package io.pdkit.autoconfigure.webhooks;

import java.io.Serial;

import io.pdkit.webhooks.WebhookEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

/**
 * Published once for each verified, de-duplicated PagerDuty webhook delivery, on the
 * webhook handler thread after the {@link PagerDutyWebhookHandler}s ran.
 *
 * <pre>{@code
 * &#64;EventListener
 * void onPagerDutyWebhook(PagerDutyWebhookReceivedEvent received) {
 *     WebhookEvent event = received.getWebhookEvent();
 * }
 * }</pre>
 */
public class PagerDutyWebhookReceivedEvent extends ApplicationEvent {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient WebhookEvent webhookEvent;

	/**
	 * The {@code X-Webhook-Id} of the delivery, or {@code null} if PagerDuty sent none.
	 */
	private final @Nullable String webhookId;

	/**
	 * Creates the event.
	 * @param source the component that received the delivery
	 * @param webhookEvent the parsed event
	 * @param webhookId the {@code X-Webhook-Id} of the delivery, or {@code null} if
	 * absent
	 */
	public PagerDutyWebhookReceivedEvent(Object source, WebhookEvent webhookEvent, @Nullable String webhookId) {
		super(source);
		this.webhookEvent = webhookEvent;
		this.webhookId = webhookId;
	}

	/**
	 * Returns the PagerDuty event.
	 * @return the parsed, verified event
	 */
	public WebhookEvent getWebhookEvent() {
		return this.webhookEvent;
	}

	/**
	 * Returns the delivery id.
	 * @return the {@code X-Webhook-Id} header, or {@code null} if PagerDuty sent none
	 */
	public @Nullable String getWebhookId() {
		return this.webhookId;
	}

}
