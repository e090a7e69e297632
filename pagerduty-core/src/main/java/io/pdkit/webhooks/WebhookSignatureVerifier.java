package io.pdkit.webhooks;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.pdkit.core.Secrets;
import io.pdkit.webhooks.internal.HmacSha256;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the {@value WebhookHeaders#SIGNATURE} header of PagerDuty v3 webhook
 * deliveries: the header holds one or more comma-separated {@code v1=<hex>} values, each
 * the HMAC-SHA256 of the raw body under one signing secret; the delivery is authentic
 * when any of them matches any configured secret. Several secrets allow a zero-downtime
 * rotation. Comparison is constant-time; whitespace and letter case in the header are
 * tolerated and other schemes (e.g. {@code v2=}) are ignored. Bodies above
 * {@link #maxBodySize()} are refused unchecked. Immutable and thread-safe;
 * {@link #toString()} masks the secrets.
 *
 * <pre>{@code
 * WebhookSignatureVerifier verifier = WebhookSignatureVerifier.builder()
 *     .secret(System.getenv("PD_WEBHOOK_SECRET"))
 *     .secret(System.getenv("PD_WEBHOOK_SECRET_PREVIOUS"))
 *     .build();
 * if (verifier.verify(rawBody, request.getHeader(WebhookHeaders.SIGNATURE)).isVerified()) {
 *     WebhookEvent event = new WebhookEventParser().parse(rawBody);
 * }
 * }</pre>
 */
public final class WebhookSignatureVerifier {

	/**
	 * The default maximum body size, 256 KB: PagerDuty drops larger payloads.
	 */
	public static final long DEFAULT_MAX_BODY_SIZE = 256 * 1024;

	private static final String SCHEME = "v1";

	private final List<String> secrets;

	private final List<HmacSha256> keys;

	private final long maxBodySize;

	private WebhookSignatureVerifier(Builder builder) {
		this.keys = HmacSha256.keys(builder.secrets, "secrets");
		this.secrets = List.copyOf(builder.secrets);
		this.maxBodySize = builder.maxBodySize;
	}

	/**
	 * Returns a verifier for the given secrets with the default maximum body size.
	 * @param secrets one or more signing secrets
	 * @return the verifier
	 * @throws IllegalArgumentException if there is no secret or one is null or blank
	 */
	public static WebhookSignatureVerifier of(String... secrets) {
		Objects.requireNonNull(secrets, "secrets must not be null");
		Builder builder = builder();
		for (String secret : secrets) {
			builder.secret(secret);
		}
		return builder.build();
	}

	/**
	 * Starts a builder.
	 * @return a builder with no secret and the default maximum body size
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Checks a delivery.
	 * @param body the raw body bytes, exactly as received
	 * @param signatureHeader the value of the {@value WebhookHeaders#SIGNATURE} header,
	 * or {@code null}
	 * @return the outcome: {@link WebhookVerificationResult#TOO_LARGE} first, then
	 * {@link WebhookVerificationResult#MISSING_SIGNATURE},
	 * {@link WebhookVerificationResult#MISMATCH} or
	 * {@link WebhookVerificationResult#VERIFIED}
	 */
	public WebhookVerificationResult verify(byte[] body, @Nullable String signatureHeader) {
		Objects.requireNonNull(body, "body must not be null");
		if (exceedsMaxBodySize(body.length)) {
			return WebhookVerificationResult.TOO_LARGE;
		}
		List<byte[]> signatures = v1Signatures(signatureHeader);
		if (signatures.isEmpty()) {
			return WebhookVerificationResult.MISSING_SIGNATURE;
		}
		boolean matched = false;
		for (HmacSha256 key : this.keys) {
			byte[] expected = key.digest(body);
			for (byte[] signature : signatures) {
				matched |= MessageDigest.isEqual(expected, signature);
			}
		}
		return matched ? WebhookVerificationResult.VERIFIED : WebhookVerificationResult.MISMATCH;
	}

	/**
	 * Checks a delivery and raises unless it is authentic.
	 * @param body the raw body bytes, exactly as received
	 * @param signatureHeader the value of the {@value WebhookHeaders#SIGNATURE} header,
	 * or {@code null}
	 * @throws WebhookVerificationException if the result is not
	 * {@link WebhookVerificationResult#VERIFIED}
	 */
	public void requireVerified(byte[] body, @Nullable String signatureHeader) {
		WebhookVerificationResult result = verify(body, signatureHeader);
		switch (result) {
			case VERIFIED -> {
			}
			case TOO_LARGE -> throw new WebhookVerificationException(result,
					"Webhook body of " + body.length + " bytes exceeds the maximum of " + this.maxBodySize + " bytes");
			case MISSING_SIGNATURE -> throw new WebhookVerificationException(result,
					"Webhook delivery has no v1 signature in the " + WebhookHeaders.SIGNATURE + " header");
			case MISMATCH -> throw new WebhookVerificationException(result,
					"Webhook signature matches none of the " + this.keys.size() + " configured secret(s)");
		}
	}

	/**
	 * Tells whether a body of the given length would be refused, e.g. to check a
	 * {@code Content-Length} early.
	 * @param length the body length in bytes
	 * @return {@code true} if it exceeds {@link #maxBodySize()}
	 */
	public boolean exceedsMaxBodySize(long length) {
		return length > this.maxBodySize;
	}

	/**
	 * Returns the largest body accepted.
	 * @return the maximum body size in bytes
	 */
	public long maxBodySize() {
		return this.maxBodySize;
	}

	/**
	 * Returns how many secrets are accepted.
	 * @return the number of secrets
	 */
	public int secretCount() {
		return this.keys.size();
	}

	/**
	 * Describes the verifier with its secrets masked.
	 * @return e.g. {@code WebhookSignatureVerifier{secrets=[*abcd, *wxyz],
	 * maxBodySize=262144}}
	 */
	@Override
	public String toString() {
		return "WebhookSignatureVerifier{secrets=" + this.secrets.stream().map(Secrets::mask).toList()
				+ ", maxBodySize=" + this.maxBodySize + "}";
	}

	private static List<byte[]> v1Signatures(@Nullable String header) {
		List<byte[]> signatures = new ArrayList<>();
		if (header == null) {
			return signatures;
		}
		for (String element : header.split(",")) {
			int equals = element.indexOf('=');
			if (equals < 0 || !SCHEME.equals(element.substring(0, equals).strip().toLowerCase(Locale.ROOT))) {
				continue;
			}
			String hex = element.substring(equals + 1).strip();
			if (hex.isEmpty() || hex.length() % 2 != 0) {
				continue;
			}
			try {
				signatures.add(HexFormat.of().parseHex(hex));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
		}
		return signatures;
	}

	/**
	 * Collects the secrets and the maximum body size of a
	 * {@link WebhookSignatureVerifier}.
	 */
	public static final class Builder {

		private final List<String> secrets = new ArrayList<>();

		private long maxBodySize = DEFAULT_MAX_BODY_SIZE;

		private Builder() {
		}

		/**
		 * Adds a secret; during a rotation add both the new and the old one.
		 * @param secret a signing secret
		 * @return this builder
		 * @throws IllegalArgumentException if the secret is null or blank
		 */
		public Builder secret(String secret) {
			if (secret == null || secret.isBlank()) {
				throw new IllegalArgumentException("secret must not be null or blank");
			}
			this.secrets.add(secret);
			return this;
		}

		/**
		 * Adds several secrets.
		 * @param secrets signing secrets
		 * @return this builder
		 * @throws IllegalArgumentException naming the index of a null or blank secret
		 */
		public Builder secrets(List<String> secrets) {
			Objects.requireNonNull(secrets, "secrets must not be null");
			HmacSha256.keys(secrets, "secrets");
			this.secrets.addAll(secrets);
			return this;
		}

		/**
		 * Sets the largest body accepted (default
		 * {@value WebhookSignatureVerifier#DEFAULT_MAX_BODY_SIZE} bytes).
		 * @param bytes the maximum body size in bytes
		 * @return this builder
		 * @throws IllegalArgumentException if {@code bytes} is not positive
		 */
		public Builder maxBodySize(long bytes) {
			if (bytes <= 0) {
				throw new IllegalArgumentException("maxBodySize must be positive, was " + bytes);
			}
			this.maxBodySize = bytes;
			return this;
		}

		/**
		 * Builds the verifier.
		 * @return the verifier
		 * @throws IllegalArgumentException if no secret was added
		 */
		public WebhookSignatureVerifier build() {
			return new WebhookSignatureVerifier(this);
		}

	}

}
