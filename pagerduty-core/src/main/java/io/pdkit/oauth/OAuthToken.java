package io.pdkit.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * A token from PagerDuty's identity service. {@code toString()} masks the tokens.
 *
 * <pre>{@code
 * OAuthToken token = oauth.getNewTokenFromCode(code, "read write", redirectUri);
 * store.save(token.accessToken(), token.refreshToken(), token.expirationDate());
 * }</pre>
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token; {@code null} for scoped app tokens, which are
 * not refreshable
 * @param expiresIn the lifetime in seconds, as PagerDuty returned it
 * @param expirationDate when the access token expires (time of receipt +
 * {@code expiresIn})
 * @param scope the granted scope, if returned
 * @param tokenType the token type, usually {@code bearer}
 * @param idToken the OpenID Connect ID token, if returned
 */
public record OAuthToken(String accessToken, @Nullable String refreshToken, long expiresIn, Instant expirationDate,
		@Nullable String scope, @Nullable String tokenType, @Nullable String idToken) {

	/**
	 * Validates the token: the access token must not be blank and the expiration date
	 * must be set.
	 * @param accessToken the access token
	 * @param refreshToken the refresh token, or {@code null} when the token is not
	 * refreshable
	 * @param expiresIn the lifetime in seconds, as PagerDuty returned it
	 * @param expirationDate when the access token expires
	 * @param scope the granted scope, or {@code null}
	 * @param tokenType the token type, or {@code null}
	 * @param idToken the OpenID Connect ID token, or {@code null}
	 */
	public OAuthToken {
		if (accessToken == null || accessToken.isBlank()) {
			throw new IllegalArgumentException("accessToken must not be null or blank");
		}
		Objects.requireNonNull(expirationDate, "expirationDate must not be null");
	}

	/**
	 * Returns whether the token expires within {@code buffer} of {@code now} (or has
	 * expired).
	 * @param now the current time
	 * @param buffer how early to refresh
	 * @return {@code true} if the time left is less than the buffer
	 */
	public boolean expiresWithin(Instant now, Duration buffer) {
		return Duration.between(now, this.expirationDate).compareTo(buffer) < 0;
	}

	@Override
	public String toString() {
		return "OAuthToken[accessToken=" + Secrets.mask(this.accessToken) + ", refreshToken="
				+ Secrets.mask(this.refreshToken) + ", expiresIn=" + this.expiresIn + ", expirationDate="
				+ this.expirationDate + ", scope=" + this.scope + ", tokenType=" + this.tokenType + "]";
	}

}
