package io.pdkit.core.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Names one bucket: the API and a hash of the credential, never the credential itself, so
 * that the key can be stored in a shared engine. Every instance computes the same key for
 * the same credential.
 *
 * <pre>{@code
 * RateLimitKey key = RateLimitKey.of("rest", apiKey);
 * key.value(); // "pdkit:rate-limit:rest:3f7a…" (32 hex digits of SHA-256)
 * }</pre>
 *
 * @param api the API's name
 * @param credentialHash the first 128 bits of the SHA-256 of the credential, in hex
 */
public record RateLimitKey(String api, String credentialHash) {

	private static final String PREFIX = "pdkit:rate-limit:";

	/**
	 * Validates the key. Most callers derive it with {@link #of(String, String)} instead.
	 * @param api the API's name
	 * @param credentialHash the hex hash of the credential (never the credential itself)
	 */
	public RateLimitKey {
		Objects.requireNonNull(api, "api must not be null");
		Objects.requireNonNull(credentialHash, "credentialHash must not be null");
	}

	/**
	 * Derives the key of a credential.
	 * @param api the API's name
	 * @param secret the credential; only its hash is kept
	 * @return the key
	 */
	public static RateLimitKey of(String api, String secret) {
		Objects.requireNonNull(secret, "secret must not be null");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return new RateLimitKey(api, HexFormat.of().formatHex(digest, 0, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Returns the key as stored: {@code pdkit:rate-limit:<api>:<hash>}.
	 * @return the stored key
	 */
	public String value() {
		return PREFIX + this.api + ":" + this.credentialHash;
	}

	@Override
	public String toString() {
		return value();
	}

}
