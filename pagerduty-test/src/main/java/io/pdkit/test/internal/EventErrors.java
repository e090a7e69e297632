package io.pdkit.test.internal;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Events API v2's own response bodies, {@code {"status":…,"message":…,"errors":[…]}}.
 */
final class EventErrors {

	private EventErrors() {
	}

	static SimResponse invalidEvent(List<String> errors) {
		return body(400, "invalid event", "Event object is invalid", errors);
	}

	static SimResponse unrecognized() {
		return body(400, "Unrecognized object", "Event object format is unrecognized", List.of("JSON parse error"));
	}

	private static SimResponse body(int status, String name, String message, List<String> errors) {
		ObjectNode body = Json.object();
		body.put("status", name);
		body.put("message", message);
		ArrayNode list = body.putArray("errors");
		errors.forEach(list::add);
		return SimResponse.json(status, body);
	}

}
