package io.pdkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WebhookSignatureVerifierTest {

	private static final String NEW_SECRET = "new-secret-AAAA1111";

	private static final String OLD_SECRET = "old-secret-BBBB2222";

	private static final byte[] BODY = "{\"event\":{\"id\":\"01DEN\",\"event_type\":\"incident.triggered\"}}"
		.getBytes(StandardCharsets.UTF_8);

	private final WebhookSignatureVerifier verifier = WebhookSignatureVerifier.of(NEW_SECRET, OLD_SECRET);

	@Test
	void verifyWhenSignedWithFirstSecretShouldBeVerified() {
		assertThat(this.verifier.verify(BODY, WebhookSigner.signature(BODY, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenSignedWithSecondSecretShouldBeVerified() {
		assertThat(this.verifier.verify(BODY, WebhookSigner.signature(BODY, OLD_SECRET)))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenSignedWithNoConfiguredSecretShouldBeMismatch() {
		assertThat(this.verifier.verify(BODY, WebhookSigner.signature(BODY, "another-secret-3333")))
			.isEqualTo(WebhookVerificationResult.MISMATCH);
	}

	@Test
	void verifyWhenSeveralV1ValuesAndOneMatchesShouldBeVerified() {
		String header = WebhookSigner.of("rotated-away-0000", "unknown-9999").sign(BODY) + ","
				+ WebhookSigner.signature(BODY, OLD_SECRET);

		assertThat(this.verifier.verify(BODY, header)).isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenSenderSignsWithBothRotationSecretsShouldBeVerifiedByEitherSide() {
		String header = WebhookSigner.of(NEW_SECRET, OLD_SECRET).sign(BODY);

		assertThat(WebhookSignatureVerifier.of(NEW_SECRET).verify(BODY, header))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
		assertThat(WebhookSignatureVerifier.of(OLD_SECRET).verify(BODY, header))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenBodyTamperedShouldBeMismatch() {
		String header = WebhookSigner.signature(BODY, NEW_SECRET);
		byte[] tampered = Arrays.copyOf(BODY, BODY.length);
		tampered[tampered.length - 3] = 'X';

		assertThat(this.verifier.verify(tampered, header)).isEqualTo(WebhookVerificationResult.MISMATCH);
		assertThat(this.verifier
			.verify((new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8), header))
			.isEqualTo(WebhookVerificationResult.MISMATCH);
	}

	@Test
	void verifyWhenHeaderHasWhitespaceAndUpperCaseShouldBeVerified() {
		String hex = WebhookSigner.signature(BODY, NEW_SECRET).substring(3);
		String header = "  V1 = " + hex.toUpperCase(Locale.ROOT) + " ,\tv1=00ff ";

		assertThat(this.verifier.verify(BODY, header)).isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenOnlyUnknownSchemesShouldBeMissingSignature() {
		String hex = WebhookSigner.signature(BODY, NEW_SECRET).substring(3);

		assertThat(this.verifier.verify(BODY, "v2=" + hex + ",t=12345"))
			.isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE);
	}

	@Test
	void verifyWhenUnknownSchemeBesideV1ShouldIgnoreIt() {
		String header = "v2=abcdef," + WebhookSigner.signature(BODY, NEW_SECRET);

		assertThat(this.verifier.verify(BODY, header)).isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void verifyWhenHeaderAbsentOrBlankOrMalformedShouldBeMissingSignature() {
		assertThat(this.verifier.verify(BODY, null)).isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE);
		assertThat(this.verifier.verify(BODY, "  ")).isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE);
		assertThat(this.verifier.verify(BODY, "v1=")).isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE);
		assertThat(this.verifier.verify(BODY, "v1=not-hex,v1=abc,garbage"))
			.isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE);
	}

	@Test
	void verifyWhenSignatureTruncatedShouldBeMismatch() {
		String truncated = WebhookSigner.signature(BODY, NEW_SECRET).substring(0, 3 + 62);

		assertThat(this.verifier.verify(BODY, truncated)).isEqualTo(WebhookVerificationResult.MISMATCH);
	}

	@Test
	void verifyWhenEmptyBodyCorrectlySignedShouldBeVerified() {
		byte[] empty = new byte[0];

		assertThat(this.verifier.verify(empty, WebhookSigner.signature(empty, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
		assertThat(this.verifier.verify(empty, WebhookSigner.signature(BODY, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.MISMATCH);
	}

	@Test
	void verifyWhenBodyOverDefaultCapShouldBeTooLargeEvenIfSigned() {
		byte[] atCap = new byte[256 * 1024];
		byte[] overCap = new byte[256 * 1024 + 1];

		assertThat(this.verifier.verify(atCap, WebhookSigner.signature(atCap, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
		assertThat(this.verifier.verify(overCap, WebhookSigner.signature(overCap, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.TOO_LARGE);
		assertThat(this.verifier.verify(overCap, null)).isEqualTo(WebhookVerificationResult.TOO_LARGE);
	}

	@Test
	void verifyWhenConfiguredCapShouldApplyIt() {
		WebhookSignatureVerifier small = WebhookSignatureVerifier.builder().secret(NEW_SECRET).maxBodySize(10).build();

		assertThat(small.maxBodySize()).isEqualTo(10);
		assertThat(small.exceedsMaxBodySize(10)).isFalse();
		assertThat(small.exceedsMaxBodySize(11)).isTrue();
		assertThat(small.verify(BODY, WebhookSigner.signature(BODY, NEW_SECRET)))
			.isEqualTo(WebhookVerificationResult.TOO_LARGE);
	}

	@Test
	void requireVerifiedShouldRaiseWithResultAndNoSecretInMessage() {
		assertThatNoException()
			.isThrownBy(() -> this.verifier.requireVerified(BODY, WebhookSigner.signature(BODY, OLD_SECRET)));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.requireVerified(BODY, WebhookSigner.signature(BODY, "wrong-secret-000")))
			.withMessage("Webhook signature matches none of the 2 configured secret(s)")
			.satisfies(ex -> assertThat(ex.result()).isEqualTo(WebhookVerificationResult.MISMATCH));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.requireVerified(BODY, null))
			.withMessage("Webhook delivery has no v1 signature in the X-PagerDuty-Signature header")
			.satisfies(ex -> assertThat(ex.result()).isEqualTo(WebhookVerificationResult.MISSING_SIGNATURE));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> WebhookSignatureVerifier.builder()
				.secret(NEW_SECRET)
				.maxBodySize(4)
				.build()
				.requireVerified(BODY, null))
			.withMessage("Webhook body of " + BODY.length + " bytes exceeds the maximum of 4 bytes")
			.satisfies(ex -> assertThat(ex.result()).isEqualTo(WebhookVerificationResult.TOO_LARGE));
	}

	@Test
	void builderWhenInvalidShouldFailNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignatureVerifier.builder().build())
			.withMessage("secrets must contain at least one secret");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignatureVerifier.builder().secret(" \t"))
			.withMessage("secret must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSignatureVerifier.builder().secrets(List.of(NEW_SECRET, "")))
			.withMessage("secrets[1] must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignatureVerifier.builder().maxBodySize(0))
			.withMessage("maxBodySize must be positive, was 0");
	}

	@Test
	void builderWhenSecretsListShouldAcceptAllOfThem() {
		WebhookSignatureVerifier built = WebhookSignatureVerifier.builder()
			.secrets(List.of(NEW_SECRET, OLD_SECRET))
			.build();

		assertThat(built.secretCount()).isEqualTo(2);
		assertThat(built.maxBodySize()).isEqualTo(WebhookSignatureVerifier.DEFAULT_MAX_BODY_SIZE);
		assertThat(built.verify(BODY, WebhookSigner.signature(BODY, OLD_SECRET)))
			.isEqualTo(WebhookVerificationResult.VERIFIED);
	}

	@Test
	void toStringShouldMaskSecrets() {
		assertThat(this.verifier.toString())
			.isEqualTo("WebhookSignatureVerifier{secrets=[*1111, *2222], maxBodySize=262144}")
			.doesNotContain("new-secret")
			.doesNotContain("old-secret");
	}

	@Test
	void resultShouldTellWhetherVerified() {
		assertThat(WebhookVerificationResult.VERIFIED.isVerified()).isTrue();
		assertThat(WebhookVerificationResult.MISMATCH.isVerified()).isFalse();
		assertThat(WebhookVerificationResult.MISSING_SIGNATURE.isVerified()).isFalse();
		assertThat(WebhookVerificationResult.TOO_LARGE.isVerified()).isFalse();
	}

}
