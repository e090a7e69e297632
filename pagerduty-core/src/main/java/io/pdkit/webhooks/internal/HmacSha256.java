package io.pdkit.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keys made from webhook signing secrets; immutable and thread-safe.
 */
public final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private HmacSha256(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Checks and converts signing secrets into keys.
	 * @param secrets the secrets, at least one, none blank
	 * @param argument the argument name used in error messages
	 * @return the keys in the order of the secrets
	 * @throws IllegalArgumentException naming {@code argument} if there is no secret or
	 * one is null or blank
	 */
	public static List<HmacSha256> keys(List<String> secrets, String argument) {
		if (secrets == null || secrets.isEmpty()) {
			throw new IllegalArgumentException(argument + " must contain at least one secret");
		}
		for (int i = 0; i < secrets.size(); i++) {
			String secret = secrets.get(i);
			if (secret == null || secret.isBlank()) {
				throw new IllegalArgumentException(argument + "[" + i + "] must not be null or blank");
			}
		}
		return secrets.stream().map(HmacSha256::new).toList();
	}

	/**
	 * Computes the HMAC-SHA256 of the bytes under this key.
	 * @param body the bytes to authenticate
	 * @return the 32-byte digest
	 */
	public byte[] digest(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

}
