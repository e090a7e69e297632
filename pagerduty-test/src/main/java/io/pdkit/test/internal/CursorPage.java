package io.pdkit.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PagerDuty's cursor pagination: {@code limit}, an opaque {@code cursor} and
 * {@code next_cursor} (null at the end).
 */
public final class CursorPage {

	private static final int DEFAULT_LIMIT = 100;

	private static final String PREFIX = "pdkit-sim:";

	private CursorPage() {
	}

	/**
	 * Renders the page of {@code items} that starts at the request's cursor.
	 * @throws ApiError 400 for a malformed limit or cursor
	 */
	public static ObjectNode render(SimRequest request, String wrapper, List<? extends JsonNode> items) {
		int limit = ClassicPage.nonNegativeInt(request, "limit", DEFAULT_LIMIT);
		if (limit == 0) {
			limit = DEFAULT_LIMIT;
		}
		limit = Math.min(limit, ClassicPage.MAX_LIMIT);
		int start = start(request.queryParam("cursor"));
		ObjectNode body = Json.object();
		ArrayNode page = body.putArray(wrapper);
		items.stream().skip(start).limit(limit).forEach(page::add);
		body.putNull("response_metadata");
		body.put("limit", limit);
		if (start + limit < items.size()) {
			body.put("next_cursor", encode(start + limit));
		}
		else {
			body.putNull("next_cursor");
		}
		return body;
	}

	private static int start(@Nullable String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				return Integer.parseInt(decoded.substring(PREFIX.length()));
			}
		}
		catch (IllegalArgumentException e) {
			// answered below
		}
		throw ApiError.invalidInput("Invalid cursor");
	}

	private static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

}
