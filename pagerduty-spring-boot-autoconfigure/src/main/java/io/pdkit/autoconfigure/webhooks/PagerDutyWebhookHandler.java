package io.pdkit.autoconfigure.webhooks;

import io.pdkit.webhooks.WebhookEvent;

/**
 * Receives each verified, de-duplicated PagerDuty webhook event. Declare one or more as
 * beans; they run in {@link org.springframework.core.annotation.Order} on the webhook
 * handler thread, after the endpoint has answered 202, so they may take their time. An
 * exception is logged and does not stop the other handlers.
 *
 * <pre>{@code
 * &#64;Bean
 * PagerDutyWebhookHandler incidentLogger() {
 *     return event -> {
 *         if (event.eventType() == WebhookEventType.INCIDENT_TRIGGERED) {
 *             log.info("Triggered: {}", event.data().path("title").asString());
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PagerDutyWebhookHandler {

	/**
	 * Handles one event.
	 * @param event the verified event
	 */
	void handle(WebhookEvent event);

}
