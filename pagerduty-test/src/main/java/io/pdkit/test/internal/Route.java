package io.pdkit.test.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method and path template, such as {@code GET /incidents/{id}/notes}, with its
 * handler.
 *
 * @param api which API the route belongs to (REST routes need a credential, Events and
 * identity routes do not)
 */
public record Route(String method, String template, Api api, Handler handler) {

	/** The API a route belongs to. */
	public enum Api {

		/** REST API v2: authenticated, with Accept and Content-Type checks. */
		REST,
		/** Events API v2: the routing key in the body is the credential. */
		EVENTS,
		/**
		 * The identity service's OAuth endpoints: the client credentials are in the
		 * request.
		 */
		IDENTITY

	}

	/**
	 * Returns the path parameters when the path matches the template, ignoring the
	 * method.
	 */
	public Optional<Map<String, String>> match(String path) {
		List<String> expected = segments(template);
		List<String> actual = segments(path);
		if (expected.size() != actual.size()) {
			return Optional.empty();
		}
		Map<String, String> params = new HashMap<>();
		for (int i = 0; i < expected.size(); i++) {
			String want = expected.get(i);
			String got = actual.get(i);
			if (want.startsWith("{") && want.endsWith("}")) {
				if (got.isEmpty()) {
					return Optional.empty();
				}
				params.put(want.substring(1, want.length() - 1), got);
			}
			else if (!want.equals(got)) {
				return Optional.empty();
			}
		}
		return Optional.of(params);
	}

	private static List<String> segments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return List.of(trimmed.split("/", -1));
	}
}
