package io.pdkit.webhooks;

/**
 * The outcome of checking a webhook delivery with
 * {@link WebhookSignatureVerifier#verify(byte[], String)}.
 */
public enum WebhookVerificationResult {

	/**
	 * A {@code v1} signature matched one of the secrets: the body is authentic.
	 */
	VERIFIED,

	/**
	 * The signature header is absent, blank or holds no {@code v1} value.
	 */
	MISSING_SIGNATURE,

	/**
	 * No {@code v1} signature matched any secret: the body was altered or signed with
	 * another secret.
	 */
	MISMATCH,

	/**
	 * The body is larger than the verifier's maximum size and was not checked.
	 */
	TOO_LARGE;

	/**
	 * Tells whether the delivery may be trusted.
	 * @return {@code true} only for {@link #VERIFIED}
	 */
	public boolean isVerified() {
		return this == VERIFIED;
	}

}
