package io.pdkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignerTest {

	private static final byte[] RFC_4231_DATA = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

	private static final String RFC_4231_HMAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

	@Test
	void signatureWhenKnownVectorShouldMatchRfc4231() {
		assertThat(WebhookSigner.signature(RFC_4231_DATA, "Jefe")).isEqualTo("v1=" + RFC_4231_HMAC);
	}

	@Test
	void signWhenSeveralSecretsShouldJoinOneValuePerSecretInOrder() {
		byte[] body = "{\"event\":{}}".getBytes(StandardCharsets.UTF_8);

		String header = WebhookSigner.of("secret-new-0001", "secret-old-0002").sign(body);

		assertThat(header).isEqualTo(WebhookSigner.signature(body, "secret-new-0001") + ","
				+ WebhookSigner.signature(body, "secret-old-0002"));
		assertThat(header).matches("v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
	}

	@Test
	void signWhenTextShouldSignItsUtf8Bytes() {
		WebhookSigner signer = WebhookSigner.of("secret-0001");

		assertThat(signer.sign("{\"t\":\"déjà\"}"))
			.isEqualTo(signer.sign("{\"t\":\"déjà\"}".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void ofWhenNoOrBlankSecretShouldFailNamingTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(WebhookSigner::of)
			.withMessage("secrets must contain at least one secret");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSigner.of("good-secret", " "))
			.withMessage("secrets[1] must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSigner.of(Arrays.asList("good-secret", null)))
			.withMessage("secrets[1] must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSigner.signature(new byte[0], ""))
			.withMessage("secret must not be null or blank");
	}

	@Test
	void toStringShouldMaskSecrets() {
		assertThat(WebhookSigner.of(List.of("abcdefgh1234"))).hasToString("WebhookSigner{secrets=[*1234]}");
	}

}
