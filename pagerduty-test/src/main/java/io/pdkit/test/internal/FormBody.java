package io.pdkit.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} text, as OAuth token requests send it.
 */
final class FormBody {

	private FormBody() {
	}

	/** The form's fields; the first value of a repeated field wins. */
	static Map<String, String> parse(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (text.isBlank()) {
			return fields;
		}
		UrlEncodedPairs.parse(text).forEach((name, values) -> fields.put(name, values.get(0)));
		return fields;
	}

}
