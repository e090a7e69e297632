package io.pdkit.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import io.pdkit.core.Secrets;

/**
 * A PKCE (RFC 7636) code verifier and its S256 challenge. Send the challenge with the
 * authorization request and keep the verifier to exchange the code. {@code toString()}
 * masks the verifier.
 *
 * <pre>{@code
 * PkceParams pkce = PkceParams.generate();
 * String url = oauth.pkceAuthorizeUrl("read", redirectUri, pkce.codeChallenge());
 * // ... later
 * OAuthToken token = oauth.getNewTokenFromCodeWithPkce(code, "read", redirectUri, pkce.codeVerifier());
 * }</pre>
 *
 * @param codeVerifier the verifier: base64url without padding of 32 random bytes (43
 * characters)
 * @param codeChallenge base64url without padding of the SHA-256 of the verifier
 */
public record PkceParams(String codeVerifier, String codeChallenge) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/**
	 * Generates a fresh verifier and its challenge.
	 * @return the parameters
	 */
	public static PkceParams generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return fromVerifier(BASE64URL.encodeToString(bytes));
	}

	/**
	 * Computes the S256 challenge of a verifier.
	 * @param codeVerifier the verifier (43 to 128 unreserved characters)
	 * @return the parameters
	 */
	public static PkceParams fromVerifier(String codeVerifier) {
		if (codeVerifier == null || !codeVerifier.matches("[A-Za-z0-9._~-]{43,128}")) {
			throw new IllegalArgumentException("codeVerifier must be 43 to 128 characters of [A-Za-z0-9._~-]");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
			return new PkceParams(codeVerifier, BASE64URL.encodeToString(digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "PkceParams[codeVerifier=" + Secrets.mask(this.codeVerifier) + ", codeChallenge=" + this.codeChallenge
				+ "]";
	}

}
