package io.pdkit.test.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which {@code Authorization} headers the REST API accepts: {@code Token token=<key>} or
 * {@code Bearer <key>} for a configured API key, and {@code Bearer <token>} for an
 * unexpired access token issued by the simulator's OAuth token endpoint.
 *
 * @param apiKeys the accepted API keys
 */
public record Credentials(Set<String> apiKeys) {

	/** Copies the accepted set. */
	public Credentials {
		apiKeys = Set.copyOf(apiKeys);
	}

	/**
	 * Whether this {@code Authorization} header value authenticates a REST request.
	 * @param authorization the header value, or null when absent
	 * @param oauth the issued OAuth tokens
	 */
	public boolean accepts(@Nullable String authorization, OAuthTokens oauth) {
		String credential = credential(authorization);
		if (credential == null || credential.isBlank()) {
			return false;
		}
		if (apiKeys.contains(credential)) {
			return true;
		}
		return isBearer(authorization) && oauth.isValidAccessToken(credential);
	}

	private static boolean isBearer(@Nullable String authorization) {
		return authorization != null && authorization.trim().regionMatches(true, 0, "Bearer ", 0, 7);
	}

	static @Nullable String credential(@Nullable String authorization) {
		if (authorization == null) {
			return null;
		}
		String value = authorization.trim();
		if (value.regionMatches(true, 0, "Token ", 0, 6)) {
			String rest = value.substring(6).trim();
			if (rest.regionMatches(true, 0, "token=", 0, 6)) {
				return unquote(rest.substring(6).trim());
			}
			return null;
		}
		if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return value.substring(7).trim();
		}
		return null;
	}

	private static String unquote(String text) {
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}
}
