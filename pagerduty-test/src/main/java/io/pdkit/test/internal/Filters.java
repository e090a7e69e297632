package io.pdkit.test.internal;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** The list filters PagerDuty's collections share. */
final class Filters {

	private Filters() {
	}

	/** Whether the name (or email, for users) contains the query, ignoring case. */
	static boolean nameOrEmailContains(JsonNode item, String query) {
		String needle = query.toLowerCase(Locale.ROOT);
		return item.path("name").asString("").toLowerCase(Locale.ROOT).contains(needle)
				|| item.path("email").asString("").toLowerCase(Locale.ROOT).contains(needle);
	}

	/** Whether an array of references holds one of the ids. */
	static boolean refersToAny(JsonNode references, List<String> ids) {
		for (JsonNode ref : references) {
			if (ids.contains(ref.path("id").asString())) {
				return true;
			}
		}
		return false;
	}

}
