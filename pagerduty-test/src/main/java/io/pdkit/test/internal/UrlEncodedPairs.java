package io.pdkit.test.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes {@code name=value&…} text, as query strings and form bodies carry it. */
public final class UrlEncodedPairs {

	private UrlEncodedPairs() {
	}

	/**
	 * Decodes the pairs in order; a repeated name keeps every value, a name without
	 * {@code =} has the value {@code ""}.
	 * @param text the encoded text, possibly empty
	 * @return the decoded names and their values
	 */
	public static Map<String, List<String>> parse(String text) {
		Map<String, List<String>> pairs = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			pairs.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		return pairs;
	}

	/**
	 * Decodes one {@code application/x-www-form-urlencoded} component.
	 * @param text the encoded text
	 * @return the decoded text
	 */
	public static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
