package io.pdkit.core.internal;

import java.net.URI;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * Builds the messages of pdkit's exceptions. Messages name the method, the URL, the
 * status, an excerpt of at most 100 characters of the body and the {@code x-request-id};
 * they never contain a secret.
 */
public final class ErrorMessages {

	/** The longest body excerpt shown in a message. */
	public static final int TEXT_LEN_LIMIT = 100;

	private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

	private static final Pattern TOKEN_JSON = Pattern
		.compile("(\"(?:access_token|refresh_token|id_token)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\"?)");

	private static final Pattern TOKEN_FORM = Pattern
		.compile("\\b((?:access_token|refresh_token|id_token)=)([^&\\s\"]*)");

	private ErrorMessages() {
	}

	/**
	 * Shortens text to {@link #TEXT_LEN_LIMIT} characters: the first 99 followed by
	 * {@code ...}.
	 * @param text the text
	 * @return the excerpt
	 */
	public static String truncate(String text) {
		return (text.length() > TEXT_LEN_LIMIT) ? text.substring(0, TEXT_LEN_LIMIT - 1) + "..." : text;
	}

	/**
	 * Returns a URL for display (without any user information).
	 * @param uri the URI
	 * @return the text
	 */
	public static String displayUrl(URI uri) {
		if (uri.getRawUserInfo() == null) {
			return uri.toString();
		}
		return uri.toString().replace(uri.getRawUserInfo() + "@", "");
	}

	/**
	 * Masks the values of OAuth token fields ({@code access_token},
	 * {@code refresh_token}, {@code id_token}) in a response text, as JSON or form
	 * fields. A value cut off by truncated JSON is masked entirely.
	 * @param text the text
	 * @return the text with every token value masked
	 */
	public static String maskTokenFields(String text) {
		if (!text.contains("_token")) {
			return text;
		}
		String masked = TOKEN_JSON.matcher(text)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1)
					+ (match.group(3).isEmpty() ? "****" : Secrets.mask(match.group(2))) + match.group(3)));
		return TOKEN_FORM.matcher(masked)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + Secrets.mask(match.group(2))));
	}

	/**
	 * Returns a URL that the client refuses, for display: user information is dropped and
	 * every query parameter value is masked as {@code *} + its last four characters, so
	 * that a key someone put in the query (or a look-alike host collecting it) never
	 * appears in a message.
	 * @param url the URL as given
	 * @return the text, for example {@code https://evil.example/users?token=*WXYZ}
	 */
	public static String refusedUrl(String url) {
		String shown = USER_INFO.matcher(url).replaceFirst("$1");
		int query = shown.indexOf('?');
		if (query < 0) {
			return shown;
		}
		int fragment = shown.indexOf('#', query);
		String rest = (fragment >= 0) ? shown.substring(query + 1, fragment) : shown.substring(query + 1);
		StringBuilder masked = new StringBuilder(shown.substring(0, query + 1));
		String[] pairs = rest.split("&", -1);
		for (int i = 0; i < pairs.length; i++) {
			int equals = pairs[i].indexOf('=');
			String value = (equals < 0) ? "" : pairs[i].substring(equals + 1);
			masked.append((i > 0) ? "&" : "")
				.append((equals < 0) ? pairs[i] : pairs[i].substring(0, equals + 1))
				.append(value.isEmpty() ? "" : Secrets.mask(value));
		}
		return masked.toString() + ((fragment >= 0) ? "#…" : "");
	}

	/**
	 * The message for a response whose status the call cannot accept.
	 * @param response the response
	 * @param context what the client was doing, or {@code null}
	 * @return the message
	 */
	public static String httpError(ApiResponse response, @Nullable String context) {
		int status = response.status();
		String kind = (status >= 500) ? "server error" : (status >= 400) ? "client error" : "unknown error";
		return prefix(response) + ": API responded with " + kind + " (status " + status + ")" + inContext(context)
				+ ": " + response.bodyExcerpt() + requestIdSuffix(response);
	}

	/**
	 * The message for a 2xx response whose body is not what the call expects.
	 * @param response the response
	 * @param expectation what was expected
	 * @return the message
	 */
	public static String unexpectedBody(ApiResponse response, String expectation) {
		return prefix(response) + ": Success (status " + response.status() + ") but " + expectation
				+ requestIdSuffix(response);
	}

	/**
	 * The message for a body that is not valid JSON.
	 * @param response the response
	 * @return the message
	 */
	public static String invalidJson(ApiResponse response) {
		return prefix(response) + ": API responded with invalid JSON (status " + response.status() + "): "
				+ response.bodyExcerpt() + requestIdSuffix(response);
	}

	/**
	 * The message for a 401.
	 * @param response the response
	 * @param maskedCredential the masked credential
	 * @return the message
	 */
	public static String unauthorized(ApiResponse response, String maskedCredential) {
		return prefix(response) + ": Received 401 Unauthorized response from the API. The API credential ("
				+ maskedCredential + ") may be invalid or deactivated, or the client is configured for the wrong "
				+ "service region (in which case setting the region or base URL accordingly may resolve the issue)."
				+ requestIdSuffix(response);
	}

	/**
	 * The message for a 3xx, which a client never follows.
	 * @param response the response
	 * @return the message
	 */
	public static String redirect(ApiResponse response) {
		return "Received status " + response.status() + " in response to " + prefix(response)
				+ ", but PagerDuty APIs are not expected to issue redirects." + requestIdSuffix(response);
	}

	/**
	 * The message after the last network retry failed.
	 * @param method the method
	 * @param uri the URI
	 * @param maxNetworkAttempts the configured retries
	 * @return the message
	 */
	public static String networkExhausted(String method, URI uri, int maxNetworkAttempts) {
		return method + " " + displayUrl(uri) + ": Non-transient network error; exceeded maximum number of attempts ("
				+ maxNetworkAttempts + ") to connect to the API.";
	}

	/**
	 * The message when the retry deadline is reached after a network failure.
	 * @param method the method
	 * @param uri the URI
	 * @param maxElapsed the deadline, as text
	 * @return the message
	 */
	public static String networkDeadline(String method, URI uri, String maxElapsed) {
		return method + " " + displayUrl(uri) + ": Network error; the retry deadline (" + maxElapsed
				+ ") does not leave time for another attempt.";
	}

	/**
	 * The message for a method the API does not permit.
	 * @param method the method
	 * @param permitted the permitted methods
	 * @return the message
	 */
	public static String methodNotPermitted(String method, Collection<String> permitted) {
		return "Method " + method + " not supported by this API. Permitted methods: " + String.join(", ", permitted);
	}

	private static String prefix(ApiResponse response) {
		return response.method() + " " + response.masked(displayUrl(response.uri()));
	}

	private static String inContext(@Nullable String context) {
		return (context != null) ? " in " + context : "";
	}

	private static String requestIdSuffix(ApiResponse response) {
		return response.requestId().map(id -> " (x-request-id: " + response.masked(id) + ")").orElse("");
	}

}
