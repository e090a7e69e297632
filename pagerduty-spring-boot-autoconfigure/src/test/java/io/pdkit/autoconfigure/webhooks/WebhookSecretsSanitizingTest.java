package io.pdkit.autoconfigure.webhooks;

import java.util.List;
import java.util.Map;

import io.pdkit.autoconfigure.PagerDutySanitizingFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSecretsSanitizingTest {

	private final PagerDutySanitizingFunction function = new PagerDutySanitizingFunction();

	private final PropertySource<?> source = new MapPropertySource("test", Map.of());

	@ParameterizedTest
	@ValueSource(strings = { "pagerduty.webhooks.secrets[0]", "pagerduty.webhooks.secrets[1]",
			"pagerduty.webhooks.secrets", "PAGERDUTY_WEBHOOKS_SECRETS", "PAGERDUTY_WEBHOOKS_SECRETS_0",
			"PAGERDUTY_WEBHOOKS_SECRETS_0_", "pagerduty.webhooks.secrets.0" })
	void applyWhenWebhookSecretKeyShouldMaskTheValue(String key) {
		SanitizableData sanitized = this.function.apply(new SanitizableData(this.source, key, "whsec-current-0001"));

		assertThat(sanitized.getValue()).isEqualTo("*0001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PAGERDUTY_API_KEY", "PAGERDUTY_EVENTS_ROUTING_KEY", "PAGERDUTY_OAUTH_CLIENT_SECRET",
			"pagerduty.api-key", "pagerduty.oauth.client-secret" })
	void applyWhenOtherSecretInPropertyOrEnvironmentFormShouldMaskTheValue(String key) {
		SanitizableData sanitized = this.function.apply(new SanitizableData(this.source, key, "u+abcdefgh1234"));

		assertThat(sanitized.getValue()).isEqualTo("*1234");
	}

	@Test
	void applyWhenSecretsListFromConfigPropsShouldHideItEntirely() {
		SanitizableData sanitized = this.function
			.apply(new SanitizableData(this.source, "pagerduty.webhooks.secrets", List.of("whsec-current-0001")));

		assertThat(sanitized.getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@Test
	void applyWhenOtherWebhookKeyShouldKeepTheValue() {
		SanitizableData data = new SanitizableData(this.source, "pagerduty.webhooks.path", "/pagerduty/webhooks");

		assertThat(this.function.apply(data).getValue()).isEqualTo("/pagerduty/webhooks");
	}

	@Test
	void propertiesToStringShouldMaskSecrets() {
		PagerDutyWebhooksProperties properties = new PagerDutyWebhooksProperties();
		properties.setSecrets(List.of("whsec-current-0001", "whsec-previous-0002"));

		assertThat(properties.toString()).contains("secrets=[*0001, *0002]").doesNotContain("whsec");
	}

}
