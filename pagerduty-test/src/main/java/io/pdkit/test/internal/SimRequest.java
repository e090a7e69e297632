package io.pdkit.test.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One parsed HTTP request as a handler sees it: method, path, decoded query, lower-case
 * headers, body and the values of the route's path parameters.
 */
public record SimRequest(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
		String body, Map<String, String> pathParams) {

	/** Returns the first value of a header (case-insensitive), or null. */
	public @Nullable String header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** Returns the first value of a query parameter, or null. */
	public @Nullable String queryParam(String name) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * Returns every value of an array query parameter, accepting both {@code name[]} and
	 * {@code name}.
	 */
	public List<String> queryList(String name) {
		List<String> values = query.get(name + "[]");
		if (values == null) {
			values = query.get(name);
		}
		return values == null ? List.of() : values;
	}

	/** Returns the value of a path parameter of the matched route. */
	public String pathParam(String name) {
		String value = pathParams.get(name);
		if (value == null) {
			throw new IllegalStateException("No path parameter " + name);
		}
		return value;
	}

	/** Returns a copy carrying the given path parameters. */
	public SimRequest withPathParams(Map<String, String> params) {
		return new SimRequest(method, path, query, headers, body, Map.copyOf(params));
	}
}
