package io.pdkit.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutySanitizingFunctionIntegrationsTest {

	private final PagerDutySanitizingFunction function = new PagerDutySanitizingFunction();

	private Object sanitize(String key, String value) {
		return this.function.apply(new SanitizableData(null, key, value)).getValue();
	}

	@Test
	void applyWhenJiraServerTokensShouldMaskThem() {
		assertThat(sanitize("pagerduty.integrations.jira-server.access-token", "access-token-1111")).isEqualTo("*1111");
		assertThat(sanitize("pagerduty.integrations.jira-server.signature-token", "signature-token-2222"))
			.isEqualTo("*2222");
		assertThat(sanitize("PAGERDUTY_INTEGRATIONS_JIRASERVER_SIGNATURETOKEN".toLowerCase().replace('_', '.'),
				"signature-token-3333"))
			.isEqualTo("*3333");
	}

	@Test
	void applyWhenIntegrationUrlOrFlagShouldKeepTheValue() {
		assertThat(sanitize("pagerduty.integrations.jira-server.url", "https://app.pagerduty.com/x"))
			.isEqualTo("https://app.pagerduty.com/x");
		assertThat(sanitize("pagerduty.integrations.slack.enabled", "true")).isEqualTo("true");
	}

}
