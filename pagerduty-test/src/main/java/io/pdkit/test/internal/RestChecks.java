package io.pdkit.test.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The checks PagerDuty's REST API makes before routing: credential, {@code Accept} and
 * {@code Content-Type}.
 */
final class RestChecks {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

	private RestChecks() {
	}

	/**
	 * Checks a REST request.
	 * @throws ApiError 401 without an accepted credential, 406 when {@code Accept}
	 * excludes JSON, 415 when a write's body is not declared as JSON
	 */
	static void check(SimRequest request, Credentials credentials, OAuthTokens oauth) {
		if (!credentials.accepts(request.header("Authorization"), oauth)) {
			throw ApiError.unauthorized();
		}
		String accept = request.header("Accept");
		if (accept != null && !acceptsJson(accept)) {
			throw ApiError.notAcceptable();
		}
		if (WRITES.contains(request.method()) && !request.body().isEmpty()) {
			String contentType = request.header("Content-Type");
			if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("json")) {
				throw ApiError.unsupportedMediaType();
			}
		}
	}

	private static boolean acceptsJson(String accept) {
		String value = accept.toLowerCase(Locale.ROOT);
		return value.contains("json") || value.contains("*/*") || value.contains("application/*");
	}

}
