package io.pdkit.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pdkit.test.internal.UrlEncodedPairs;
import org.jspecify.annotations.Nullable;

/**
 * One request the simulator received, as recorded in its journal
 * ({@link PagerDutySimulator#requests()}).
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the decoded path, e.g. {@code /incidents/PABC123}
 * @param rawQuery the query string as sent (still percent-encoded), or null when there
 * was none
 * @param headers the headers, names in lower case
 * @param body the body as UTF-8 text, empty when there was none
 * @param requestId the {@code x-request-id} the simulator answered with
 */
public record ReceivedRequest(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
		String body, String requestId) {

	/**
	 * Keeps an unmodifiable copy of the headers with their names in lower case.
	 * @param method the HTTP method
	 * @param path the decoded path
	 * @param rawQuery the percent-encoded query string, or null when there was none
	 * @param headers the headers, names in any case
	 * @param body the body as UTF-8 text
	 * @param requestId the {@code x-request-id} the simulator answered with
	 */
	public ReceivedRequest {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		headers = Collections.unmodifiableMap(copy);
	}

	/**
	 * Returns the first value of a header.
	 * @param name the header name, case-insensitive
	 * @return the value, or null when it was not sent
	 */
	public @Nullable String header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * Decodes the query string.
	 * @return the parameters in order; repeated keys such as {@code statuses[]} keep
	 * every value
	 */
	public Map<String, List<String>> queryParams() {
		return (rawQuery == null) ? new LinkedHashMap<>() : UrlEncodedPairs.parse(rawQuery);
	}

	/**
	 * Returns the first value of a decoded query parameter.
	 * @param name the decoded name, e.g. {@code statuses[]}
	 * @return the value, or null when absent
	 */
	public @Nullable String queryParam(String name) {
		List<String> values = queryParams().get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/**
	 * Returns the path with the query string, as on the request line.
	 * @return for example {@code /users?limit=2}
	 */
	public String target() {
		return rawQuery == null ? path : path + "?" + rawQuery;
	}

	/**
	 * Describes the request without revealing the credential in {@code Authorization}.
	 * @return method, target, request id and body length
	 */
	@Override
	public String toString() {
		return method + " " + target() + " (x-request-id " + requestId + ", " + body.length() + " body chars)";
	}
}
