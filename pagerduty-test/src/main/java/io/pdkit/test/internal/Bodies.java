package io.pdkit.test.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the JSON bodies of REST writes. */
public final class Bodies {

	private Bodies() {
	}

	/**
	 * The request body as a JSON object.
	 * @throws ApiError 400 when the body is empty, malformed or not an object
	 */
	public static ObjectNode object(SimRequest request) {
		if (request.body().isBlank()) {
			throw ApiError.invalidInput("Request body is required");
		}
		JsonNode node;
		try {
			node = Json.parse(request.body());
		}
		catch (IllegalArgumentException e) {
			throw ApiError.invalidInput("Request body is not valid JSON");
		}
		if (!(node instanceof ObjectNode object)) {
			throw ApiError.invalidInput("Request body must be a JSON object");
		}
		return object;
	}

	/**
	 * The entity under {@code wrapper} in the request body, e.g. the {@code incident} of
	 * {@code {"incident":{…}}}.
	 * @throws ApiError 400 when it is missing or not an object
	 */
	public static ObjectNode wrapped(SimRequest request, String wrapper) {
		JsonNode entity = object(request).get(wrapper);
		if (!(entity instanceof ObjectNode object)) {
			throw ApiError.invalidInput("'" + wrapper + "' is required and must be an object");
		}
		return object;
	}

}
