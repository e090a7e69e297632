package io.pdkit.autoconfigure;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.integrations.SlackIntegrationApiClient;
import io.pdkit.rest.RestApiV2Client;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyConnectionDetailsTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(PagerDutyTestConfigurations.pagerDuty());

	@Test
	void propertiesShouldBackTheDefaultConnectionDetails() {
		this.runner
			.withPropertyValues("pagerduty.api-key=key-from-properties", "pagerduty.url=https://pd.example.com",
					"pagerduty.events.routing-key=R0123456789", "pagerduty.default-from=a@example.com")
			.run(context -> {
				PagerDutyConnectionDetails details = context.getBean(PagerDutyConnectionDetails.class);
				assertThat(details.apiKey()).isEqualTo("key-from-properties");
				assertThat(details.restUrl()).isEqualTo("https://pd.example.com");
				assertThat(details.routingKey()).isEqualTo("R0123456789");
				assertThat(details.defaultFrom()).isEqualTo("a@example.com");
				assertThat(details.toString()).doesNotContain("key-from-properties");
				assertThat(context.getBean(RestApiV2Client.class).baseUrl()).isEqualTo("https://pd.example.com");
			});
	}

	@Test
	void blankPlaceholderDefaultsShouldCreateNoClient() {
		this.runner
			.withPropertyValues("pagerduty.api-key=${PDKIT_TEST_UNSET_API_KEY:}",
					"pagerduty.events.routing-key=${PDKIT_TEST_UNSET_ROUTING_KEY:}",
					"pagerduty.oauth.client-id=${PDKIT_TEST_UNSET_CLIENT_ID:}",
					"pagerduty.oauth.client-secret=${PDKIT_TEST_UNSET_CLIENT_SECRET:}")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(RestApiV2Client.class)
					.doesNotHaveBean(EventsApiV2Client.class)
					.doesNotHaveBean(SlackIntegrationApiClient.class);
			});
	}

	@Test
	void blankDefaultFromShouldBeNoFromHeader() {
		this.runner
			.withPropertyValues("pagerduty.api-key=key-from-properties",
					"pagerduty.default-from=${PDKIT_TEST_UNSET_FROM:}")
			.run(context -> assertThat(context.getBean(RestApiV2Client.class).defaultFrom()).isEmpty());
	}

	@Test
	void applicationConnectionDetailsShouldReplaceThePropertiesAndCreateTheClients() {
		this.runner.withUserConfiguration(CustomDetails.class)
			.withPropertyValues("pagerduty.url=https://ignored.example.com")
			.run(context -> {
				assertThat(context).hasSingleBean(PagerDutyConnectionDetails.class);
				RestApiV2Client rest = context.getBean(RestApiV2Client.class);
				assertThat(rest.baseUrl()).isEqualTo("https://rest.example.com");
				assertThat(rest.maskedCredential()).isEqualTo("*1234");
				assertThat(rest.defaultFrom()).contains("from@example.com");
				assertThat(context.getBean(EventsApiV2Client.class).baseUrl()).isEqualTo("https://events.example.com");
				assertThat(context.getBean(SlackIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://rest.example.com/slack");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomDetails {

		@Bean
		PagerDutyConnectionDetails vaultConnectionDetails() {
			return new VaultDetails();
		}

	}

	static final class VaultDetails implements PagerDutyConnectionDetails {

		@Override
		public String apiKey() {
			return "vault-key-1234";
		}

		@Override
		public String routingKey() {
			return "R0123456789ABCDEF0123456789ABCDE";
		}

		@Override
		public String restUrl() {
			return "https://rest.example.com";
		}

		@Override
		public String eventsUrl() {
			return "https://events.example.com";
		}

		@Override
		public String defaultFrom() {
			return "from@example.com";
		}

		@Override
		public @Nullable String integrationUrl(String name) {
			return "slack".equals(name) ? "https://rest.example.com/slack" : null;
		}

	}

}
