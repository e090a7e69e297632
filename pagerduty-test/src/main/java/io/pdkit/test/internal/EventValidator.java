package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Checks alert and change events the way the Events API v2 does, collecting every
 * problem.
 */
final class EventValidator {

	static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");
	static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

	private static final int MAX_DEDUP_KEY = 255;

	private EventValidator() {
	}

	static List<String> alertEvent(JsonNode event) {
		List<String> errors = new ArrayList<>();
		requireText(event, "routing_key", "routing_key", errors);
		String action = Json.text(event, "event_action");
		if (action == null || !ACTIONS.contains(action)) {
			errors.add("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)");
		}
		JsonNode dedupKey = event.get("dedup_key");
		if (dedupKey != null && !dedupKey.isNull()
				&& (!dedupKey.isString() || dedupKey.asString().length() > MAX_DEDUP_KEY)) {
			errors.add("'dedup_key' must be a string of at most " + MAX_DEDUP_KEY + " characters");
		}
		if ("trigger".equals(action)) {
			JsonNode payload = event.get("payload");
			if (payload == null || !payload.isObject()) {
				errors.add("'payload' is missing or blank");
			}
			else {
				requireText(payload, "summary", "payload.summary", errors);
				requireText(payload, "source", "payload.source", errors);
				String severity = Json.text(payload, "severity");
				if (severity == null || severity.isBlank()) {
					errors.add("'payload.severity' is missing or blank");
				}
				else if (!SEVERITIES.contains(severity)) {
					errors.add("'payload.severity' is invalid (must be one of: critical, error, warning, info)");
				}
			}
		}
		else if (action != null && ACTIONS.contains(action) && Json.text(event, "dedup_key") == null) {
			errors.add("'dedup_key' is missing or blank");
		}
		return errors;
	}

	static List<String> changeEvent(JsonNode event) {
		List<String> errors = new ArrayList<>();
		requireText(event, "routing_key", "routing_key", errors);
		JsonNode payload = event.get("payload");
		if (payload == null || !payload.isObject()) {
			errors.add("'payload' is missing or blank");
		}
		else {
			requireText(payload, "summary", "payload.summary", errors);
		}
		return errors;
	}

	private static void requireText(JsonNode node, String field, String label, List<String> errors) {
		String value = Json.text(node, field);
		if (value == null || value.isBlank()) {
			errors.add("'" + label + "' is missing or blank");
		}
	}

}
