package io.pdkit.core.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.pdkit.core.PagerDutyUrlException;
import org.jspecify.annotations.Nullable;

/**
 * Writes query parameters the way python-pagerduty's HTTP stack does: a collection value
 * repeats the key once per element, booleans are {@code true}/{@code false}, {@code null}
 * is an empty value, keys and values are percent-encoded ({@code statuses[]} becomes
 * {@code statuses%5B%5D}). Parameters are appended to a query the URL already has; a key
 * present in both takes the parameters' value.
 */
public final class QueryEncoder {

	private QueryEncoder() {
	}

	/**
	 * Adds parameters to a URI.
	 * @param uri the request URI, possibly with its own query
	 * @param params the parameters, in order
	 * @return the URI with the merged query
	 */
	public static URI merge(URI uri, Map<String, ? extends @Nullable Object> params) {
		if (params.isEmpty()) {
			return uri;
		}
		List<String> pairs = new ArrayList<>();
		String existing = uri.getRawQuery();
		if (existing != null && !existing.isEmpty()) {
			for (String pair : existing.split("&")) {
				if (!pair.isEmpty() && !params.containsKey(decodedKey(pair))) {
					pairs.add(pair);
				}
			}
		}
		params.forEach((key, value) -> appendPairs(pairs, key, value));
		String base = uri.toString();
		int queryStart = base.indexOf('?');
		String withoutQuery = (queryStart >= 0) ? base.substring(0, queryStart) : base;
		try {
			return new URI(withoutQuery + "?" + String.join("&", pairs));
		}
		catch (URISyntaxException ex) {
			throw new PagerDutyUrlException("Query of " + withoutQuery + " is not valid: " + ex.getReason());
		}
	}

	/**
	 * Renders one scalar query value.
	 * @param value the value
	 * @return its text
	 */
	public static String render(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(java.util.Locale.ROOT);
		}
		return value.toString();
	}

	private static void appendPairs(List<String> pairs, String key, @Nullable Object value) {
		String encodedKey = UriEncoding.encodeComponent(key);
		if (value instanceof Collection<?> values) {
			for (Object element : values) {
				requireScalar(key, element);
				pairs.add(encodedKey + "=" + UriEncoding.encodeComponent(render(element)));
			}
			return;
		}
		requireScalar(key, value);
		pairs.add(encodedKey + "=" + UriEncoding.encodeComponent(render(value)));
	}

	private static void requireScalar(String key, @Nullable Object value) {
		if (value instanceof Map<?, ?> || value instanceof Collection<?>
				|| (value != null && value.getClass().isArray())) {
			throw new IllegalArgumentException("query: value of parameter '" + key
					+ "' must be a scalar or a collection of scalars, was " + value.getClass().getSimpleName());
		}
	}

	private static String decodedKey(String pair) {
		int equals = pair.indexOf('=');
		String rawKey = (equals >= 0) ? pair.substring(0, equals) : pair;
		try {
			return URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return rawKey;
		}
	}

}
