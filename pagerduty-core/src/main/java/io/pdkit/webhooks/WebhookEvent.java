package io.pdkit.webhooks;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One PagerDuty v3 webhook event (each delivery carries exactly one), parsed by
 * {@link WebhookEventParser}. Absent or {@code null} {@code agent}, {@code client} and
 * {@code data} are {@code NullNode}s, so {@code event.agent().path("id")} is always safe;
 * the whole payload stays available in {@link #raw()}. The nodes are shared by everyone
 * who receives the event: treat them as read-only ({@code deepCopy()} to change one).
 *
 * <pre>{@code
 * WebhookEvent event = new WebhookEventParser().parse(rawBody);
 * if (event.eventType() == WebhookEventType.INCIDENT_RESOLVED) {
 *     String incidentId = event.data().path("id").asString();
 * }
 * }</pre>
 *
 * @param id the event id ({@code event.id})
 * @param eventType the event type, {@link WebhookEventType#UNKNOWN} for a type pdkit does
 * not know
 * @param eventTypeName the wire name of the type as received, e.g.
 * {@code incident.triggered}
 * @param resourceType the kind of resource in {@code data}, e.g. {@code incident}, or
 * {@code null} if absent
 * @param occurredAt when the event happened, or {@code null} if absent
 * @param agent who or what caused the event ({@code event.agent}), a {@code NullNode} if
 * absent
 * @param client the client that caused the event ({@code event.client}), a
 * {@code NullNode} if absent
 * @param data the resource the event is about ({@code event.data}), a {@code NullNode} if
 * absent
 * @param raw the whole payload as received ({@code {"event": {...}}})
 */
public record WebhookEvent(String id, WebhookEventType eventType, String eventTypeName, @Nullable String resourceType,
		@Nullable Instant occurredAt, JsonNode agent, JsonNode client, JsonNode data, JsonNode raw) {

	/**
	 * Checks that no required component is null.
	 * @param id the event id
	 * @param eventType the event type
	 * @param eventTypeName the wire name of the type
	 * @param resourceType the resource type, or {@code null}
	 * @param occurredAt the time of the event, or {@code null}
	 * @param agent the agent node
	 * @param client the client node
	 * @param data the data node
	 * @param raw the whole payload
	 */
	public WebhookEvent {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(eventType, "eventType must not be null");
		Objects.requireNonNull(eventTypeName, "eventTypeName must not be null");
		Objects.requireNonNull(agent, "agent must not be null");
		Objects.requireNonNull(client, "client must not be null");
		Objects.requireNonNull(data, "data must not be null");
		Objects.requireNonNull(raw, "raw must not be null");
	}

	/**
	 * Describes the event without its payload.
	 * @return e.g. {@code WebhookEvent{id=01DEN..., eventType=incident.triggered,
	 * resourceType=incident, occurredAt=...}}
	 */
	@Override
	public String toString() {
		return "WebhookEvent{id=" + this.id + ", eventType=" + this.eventTypeName + ", resourceType="
				+ this.resourceType + ", occurredAt=" + this.occurredAt + "}";
	}

}
