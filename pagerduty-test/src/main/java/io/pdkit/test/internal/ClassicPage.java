package io.pdkit.test.internal;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PagerDuty's classic pagination: {@code limit} (default 25, at most 100),
 * {@code offset}, {@code more} and {@code total} (null unless {@code total=true});
 * {@code offset + limit} may not exceed 10,000.
 */
public final class ClassicPage {

	/** The largest {@code offset + limit} PagerDuty serves. */
	public static final int ITERATION_LIMIT = 10_000;
	static final int DEFAULT_LIMIT = 25;
	static final int MAX_LIMIT = 100;

	private ClassicPage() {
	}

	/**
	 * Renders one page of {@code items} under {@code wrapper}, e.g.
	 * {@code {"users":[…],"limit":25,…}}.
	 * @throws ApiError 400 for a malformed limit or offset, or one beyond the 10,000 cap
	 */
	public static ObjectNode render(SimRequest request, String wrapper, List<? extends JsonNode> items) {
		int limit = limit(request);
		int offset = nonNegativeInt(request, "offset", 0);
		if (offset + limit > ITERATION_LIMIT) {
			throw ApiError.argumentsCausedError("Offset+limit exceeds maximum allowed value of " + ITERATION_LIMIT);
		}
		ObjectNode body = Json.object();
		ArrayNode page = body.putArray(wrapper);
		items.stream().skip(offset).limit(limit).forEach(page::add);
		body.put("limit", limit);
		body.put("offset", offset);
		body.put("more", offset + limit < items.size());
		if ("true".equalsIgnoreCase(request.queryParam("total"))) {
			body.put("total", items.size());
		}
		else {
			body.putNull("total");
		}
		return body;
	}

	static int limit(SimRequest request) {
		int limit = nonNegativeInt(request, "limit", DEFAULT_LIMIT);
		if (limit == 0) {
			return DEFAULT_LIMIT;
		}
		return Math.min(limit, MAX_LIMIT);
	}

	static int nonNegativeInt(SimRequest request, String name, int fallback) {
		String text = request.queryParam(name);
		if (text == null || text.isEmpty()) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw ApiError.invalidInput("'" + name + "' must be a non-negative integer");
	}

}
