package io.pdkit.core;

/**
 * Supplies the credential a client authenticates with. It is consulted on every attempt,
 * so a source may rotate or refresh its secret (the OAuth token sources do). When
 * PagerDuty rejects a request with 401, the client calls
 * {@link #refreshAfterRejection(String)} once; if that returns {@code true} the request
 * is retried once with the new secret.
 *
 * <pre>{@code
 * RestApiV2Client client = RestApiV2Client.builder(CredentialSource.of(apiKey)).build();
 * }</pre>
 */
public interface CredentialSource {

	/**
	 * Returns the secret to use for the next attempt.
	 * @return the current secret, never blank
	 */
	String secret();

	/**
	 * Called once when PagerDuty answered 401 to a request made with
	 * {@code rejectedSecret}.
	 * @param rejectedSecret the secret that was rejected
	 * @return {@code true} if a new secret is now available and the request should be
	 * retried once
	 */
	default boolean refreshAfterRejection(String rejectedSecret) {
		return false;
	}

	/**
	 * Returns the masked form of the current secret for display ({@code *} + last 4
	 * characters). Implementations that would have to do I/O to know their secret should
	 * override this.
	 * @return the masked secret
	 */
	default String masked() {
		return Secrets.mask(secret());
	}

	/**
	 * Returns a source that always supplies the same secret.
	 * @param secret the secret
	 * @return the fixed source
	 * @throws IllegalArgumentException if the secret is null or blank
	 */
	static CredentialSource of(String secret) {
		return of(secret, "secret");
	}

	/**
	 * Returns a source that always supplies the same secret, refusing a missing one with
	 * a message that names the argument, for example
	 * {@code apiKey must not be null or blank}.
	 * @param secret the secret
	 * @param name the argument's name for the message
	 * @return the fixed source
	 * @throws IllegalArgumentException if the secret is null or blank
	 */
	static CredentialSource of(String secret, String name) {
		return new FixedCredentialSource(secret, name);
	}

}
