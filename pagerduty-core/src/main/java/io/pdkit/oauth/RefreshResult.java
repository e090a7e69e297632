package io.pdkit.oauth;

import java.util.Optional;

import io.pdkit.rest.RestApiV2Client;

/**
 * What {@link OAuthTokenClient#refreshClient} returns: a REST client ready to use and,
 * when the token had to be refreshed, the new token that the caller must persist.
 *
 * <pre>{@code
 * RefreshResult result = oauth.refreshClient(stored.accessToken(), stored.refreshToken(), stored.expirationDate());
 * result.token().ifPresent(repository::save);
 * result.client().rget("/users/me");
 * }</pre>
 *
 * @param client the REST client (Bearer auth)
 * @param token the new token, empty when the stored one was still fresh
 */
public record RefreshResult(RestApiV2Client client, Optional<OAuthToken> token) {

	@Override
	public String toString() {
		return "RefreshResult[client=" + this.client + ", token=" + this.token + "]";
	}

}
