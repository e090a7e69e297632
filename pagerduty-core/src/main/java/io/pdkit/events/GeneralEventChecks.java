package io.pdkit.events;

import java.util.Map;
import java.util.Set;

import io.pdkit.events.internal.EventChecks;
import io.pdkit.events.internal.EventTimestamps;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks an alert event given as free-form properties
 * ({@link EventsApiV2Client#sendEvent}) with the rules the typed {@link TriggerEvent}
 * enforces; messages name the JSON path of the field. Values are sent as given, so
 * {@code payload.severity} must be written exactly as PagerDuty expects it
 * ({@code critical}, not {@code CRITICAL}).
 */
final class GeneralEventChecks {

	private static final Set<String> RESERVED = Set.of("event_action", "dedup_key", "routing_key");

	private GeneralEventChecks() {
	}

	static void requireNoReservedKeys(Map<String, ?> properties) {
		for (String key : properties.keySet()) {
			if (key == null) {
				throw new IllegalArgumentException("properties must not contain a null key");
			}
			if (RESERVED.contains(key)) {
				throw new IllegalArgumentException("properties must not contain '" + key + "'; "
						+ (key.equals("routing_key") ? "the client adds the routing key it was built with"
								: "pass it as the " + (key.equals("event_action") ? "action" : "dedupKey")
										+ " argument"));
			}
		}
	}

	static void checkTriggerPayload(JsonNode event) {
		JsonNode payload = event.path("payload");
		if (!payload.isObject()) {
			throw new IllegalArgumentException("payload is required for trigger events and must be a JSON object");
		}
		EventChecks.requireSummary(text(payload, "summary"), "payload.summary");
		EventChecks.requireText(text(payload, "source"), "payload.source");
		checkSeverity(payload.get("severity"));
		JsonNode timestamp = payload.get("timestamp");
		if (timestamp != null && !(timestamp.isString() && EventTimestamps.isIsoDateTime(timestamp.asString()))) {
			throw new IllegalArgumentException("payload.timestamp must be an ISO-8601 date-time with an offset, "
					+ "such as 2015-07-17T08:42:58.315Z, was " + timestamp);
		}
		JsonNode customDetails = payload.get("custom_details");
		if (customDetails != null && !customDetails.isObject()) {
			throw new IllegalArgumentException(
					"payload.custom_details must be a JSON object, was " + customDetails.getNodeType());
		}
	}

	private static void checkSeverity(@Nullable JsonNode severity) {
		String text = (severity != null && severity.isString()) ? severity.asString() : null;
		Severity parsed;
		try {
			parsed = Severity.of(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("payload." + ex.getMessage(), ex);
		}
		if (!parsed.value().equals(text)) {
			throw new IllegalArgumentException("payload.severity must be one of " + Severity.ACCEPTED
					+ ", exactly as written (PagerDuty's values are lower case), was '" + text + "'");
		}
	}

	private static @Nullable String text(JsonNode payload, String field) {
		JsonNode node = payload.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new IllegalArgumentException("payload." + field + " must be a string, was " + node.getNodeType());
		}
		return node.asString();
	}

}
