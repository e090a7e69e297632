package io.pdkit.core;

/**
 * How a REST-style credential is put into the {@code Authorization} header.
 *
 * <pre>{@code
 * RestApiV2Client client = RestApiV2Client.builder(oauthAccessToken).authType(AuthType.BEARER).build();
 * }</pre>
 */
public enum AuthType {

	/** {@code Authorization: Token token=<secret>}: a REST API key (the default). */
	TOKEN,

	/** {@code Authorization: Bearer <secret>}: an OAuth access token. */
	OAUTH2,

	/**
	 * {@code Authorization: Bearer <secret>}: an OAuth access token (same as
	 * {@link #OAUTH2}).
	 */
	BEARER,

	/**
	 * {@code Authorization: <secret>}: the secret is the whole header value, passed
	 * through verbatim.
	 */
	HEADER_PASSTHRU;

	/**
	 * Returns the {@code Authorization} header value for a secret.
	 * @param secret the credential
	 * @return the header value
	 */
	public String headerValue(String secret) {
		return switch (this) {
			case TOKEN -> "Token token=" + secret;
			case OAUTH2, BEARER -> "Bearer " + secret;
			case HEADER_PASSTHRU -> secret;
		};
	}

}
