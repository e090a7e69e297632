package io.pdkit.oauth;

/**
 * Receives every token a self-refreshing credential obtains, so that the application can
 * persist it (a new refresh token replaces the old one).
 *
 * <pre>{@code
 * TokenStore store = token -> repository.save(token.accessToken(), token.refreshToken(), token.expirationDate());
 * }</pre>
 */
@FunctionalInterface
public interface TokenStore {

	/**
	 * Persists a new token. Called on the thread that refreshed, while other threads wait
	 * for the token.
	 * @param token the new token
	 */
	void save(OAuthToken token);

	/**
	 * Returns a store that keeps nothing.
	 * @return the no-op store
	 */
	static TokenStore none() {
		return token -> {
		};
	}

}
