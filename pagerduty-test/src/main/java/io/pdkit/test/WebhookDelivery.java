package io.pdkit.test;

import org.jspecify.annotations.Nullable;

/**
 * One signed webhook the simulator sent for an incident transition.
 *
 * @param webhookId the {@code X-Webhook-Id} header (the same on every delivery attempt of
 * one event)
 * @param eventType the v3 event type, for example {@code incident.triggered}
 * @param url where it was sent
 * @param status the HTTP status the receiver answered, or {@code -1} when sending failed
 * @param error why sending failed, or {@code null}
 * @param body the exact JSON body that was signed and sent
 */
public record WebhookDelivery(String webhookId, String eventType, String url, int status, @Nullable String error,
		String body) {
}
