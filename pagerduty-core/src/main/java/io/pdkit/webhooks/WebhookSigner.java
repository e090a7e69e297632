package io.pdkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.pdkit.core.Secrets;
import io.pdkit.webhooks.internal.HmacSha256;

/**
 * Signs webhook bodies the way PagerDuty does, for simulators, tests and relays: the
 * value of the {@value WebhookHeaders#SIGNATURE} header is one
 * {@code v1=<hex HMAC-SHA256 of the body>} for each secret, comma-separated. Immutable
 * and thread-safe; {@link #toString()} masks the secrets.
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.of("new-secret", "old-secret");
 * String header = signer.sign(body); // "v1=4f1c…,v1=9a02…"
 * }</pre>
 */
public final class WebhookSigner {

	private static final String SCHEME_PREFIX = "v1=";

	private final List<String> secrets;

	private final List<HmacSha256> keys;

	private WebhookSigner(List<String> secrets) {
		this.keys = HmacSha256.keys(secrets, "secrets");
		this.secrets = List.copyOf(secrets);
	}

	/**
	 * Returns a signer for one or more secrets.
	 * @param secrets the signing secrets, in the order their signatures appear in the
	 * header
	 * @return the signer
	 * @throws IllegalArgumentException if there is no secret or one is null or blank
	 */
	public static WebhookSigner of(String... secrets) {
		Objects.requireNonNull(secrets, "secrets must not be null");
		return of(Arrays.asList(secrets));
	}

	/**
	 * Returns a signer for one or more secrets.
	 * @param secrets the signing secrets, in the order their signatures appear in the
	 * header
	 * @return the signer
	 * @throws IllegalArgumentException if there is no secret or one is null or blank
	 */
	public static WebhookSigner of(List<String> secrets) {
		if (secrets == null) {
			throw new IllegalArgumentException("secrets must contain at least one secret");
		}
		return new WebhookSigner(secrets);
	}

	/**
	 * Computes one signature value.
	 * @param body the raw body bytes
	 * @param secret the signing secret
	 * @return {@code v1=} followed by the lower-case hex HMAC-SHA256 of the body
	 * @throws IllegalArgumentException if the secret is null or blank
	 */
	public static String signature(byte[] body, String secret) {
		Objects.requireNonNull(body, "body must not be null");
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("secret must not be null or blank");
		}
		return SCHEME_PREFIX + HexFormat.of().formatHex(HmacSha256.keys(List.of(secret), "secret").get(0).digest(body));
	}

	/**
	 * Computes the header value for a body: one signature for each secret,
	 * comma-separated.
	 * @param body the raw body bytes
	 * @return the value of the {@value WebhookHeaders#SIGNATURE} header
	 */
	public String sign(byte[] body) {
		Objects.requireNonNull(body, "body must not be null");
		return this.keys.stream()
			.map(key -> SCHEME_PREFIX + HexFormat.of().formatHex(key.digest(body)))
			.collect(Collectors.joining(","));
	}

	/**
	 * Computes the header value for a body given as text, encoded as UTF-8.
	 * @param body the body text
	 * @return the value of the {@value WebhookHeaders#SIGNATURE} header
	 */
	public String sign(String body) {
		Objects.requireNonNull(body, "body must not be null");
		return sign(body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Describes the signer with its secrets masked.
	 * @return e.g. {@code WebhookSigner{secrets=[*abcd]}}
	 */
	@Override
	public String toString() {
		return "WebhookSigner{secrets=" + this.secrets.stream().map(Secrets::mask).toList() + "}";
	}

}
