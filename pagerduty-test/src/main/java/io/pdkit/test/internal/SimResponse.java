package io.pdkit.test.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** What a handler answers: a status, an optional JSON body and extra headers. */
public record SimResponse(int status, @Nullable JsonNode body, Map<String, String> headers) {

	/** A response with a JSON body. */
	public static SimResponse json(int status, JsonNode body) {
		return new SimResponse(status, body, Map.of());
	}

	/** A 200 response with a JSON body. */
	public static SimResponse ok(JsonNode body) {
		return json(200, body);
	}

	/** A response without a body. */
	public static SimResponse empty(int status) {
		return new SimResponse(status, null, Map.of());
	}
}
