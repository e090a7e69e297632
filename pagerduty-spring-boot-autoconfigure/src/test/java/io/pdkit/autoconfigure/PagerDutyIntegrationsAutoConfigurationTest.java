package io.pdkit.autoconfigure;

import java.net.InetAddress;
import java.util.List;

import io.pdkit.core.ApiClient;
import io.pdkit.core.AuthType;
import io.pdkit.core.Region;
import io.pdkit.integrations.JiraCloudIntegrationApiClient;
import io.pdkit.integrations.JiraServerIntegrationApiClient;
import io.pdkit.integrations.McpApiClient;
import io.pdkit.integrations.MsTeamsIntegrationApiClient;
import io.pdkit.integrations.ScimApiClient;
import io.pdkit.integrations.SlackIntegrationApiClient;
import io.pdkit.integrations.SlackIntegrationConnectionsApiClient;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyIntegrationsAutoConfigurationTest {

	private static final List<Class<? extends ApiClient>> API_KEY_CLIENTS = List.of(SlackIntegrationApiClient.class,
			SlackIntegrationConnectionsApiClient.class, MsTeamsIntegrationApiClient.class,
			JiraCloudIntegrationApiClient.class, ScimApiClient.class, McpApiClient.class);

	private final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(PagerDutyTestConfigurations.bootHttp())
		.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
		.withConfiguration(AutoConfigurations.of(PagerDutyIntegrationsAutoConfiguration.class));

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private String stubUrl(String prefix) {
		return "http://127.0.0.1:" + this.server.getPort() + prefix;
	}

	@Test
	void withoutCredentialsShouldCreateNoIntegrationClient() {
		this.runner.run(context -> {
			assertThat(context).hasNotFailed();
			API_KEY_CLIENTS.forEach(type -> assertThat(context).doesNotHaveBean(type));
			assertThat(context).doesNotHaveBean(JiraServerIntegrationApiClient.class);
		});
	}

	@Test
	void apiKeyShouldCreateEveryApiKeyClientWithUsDefaults() {
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234").run(context -> {
			API_KEY_CLIENTS.forEach(type -> assertThat(context).hasSingleBean(type));
			assertThat(context).doesNotHaveBean(JiraServerIntegrationApiClient.class);
			assertThat(context.getBean(SlackIntegrationApiClient.class).baseUrl())
				.isEqualTo("https://api.pagerduty.com/integration-slack");
			assertThat(context.getBean(McpApiClient.class).baseUrl()).isEqualTo("https://mcp.pagerduty.com");
			assertThat(context.getBean(ScimApiClient.class).toString()).doesNotContain("abcdefgh");
		});
	}

	@Test
	void euRegionShouldGiveEveryClientItsEuDefault() {
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.region=eu",
					"pagerduty.integrations.jira-server.access-token=access-token-1111",
					"pagerduty.integrations.jira-server.signature-token=signature-token-2222")
			.run(context -> {
				assertThat(context.getBean(SlackIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://api.eu.pagerduty.com/integration-slack");
				assertThat(context.getBean(SlackIntegrationConnectionsApiClient.class).baseUrl())
					.isEqualTo("https://app.eu.pagerduty.com/integration-slack");
				assertThat(context.getBean(MsTeamsIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://api.eu.pagerduty.com/integration-ms-teams");
				assertThat(context.getBean(JiraCloudIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://api.eu.pagerduty.com/integration-jira-cloud");
				assertThat(context.getBean(JiraServerIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://app.eu.pagerduty.com/integration-jira-service");
				assertThat(context.getBean(ScimApiClient.class).baseUrl())
					.isEqualTo("https://api.eu.pagerduty.com/scim/v2");
				assertThat(context.getBean(McpApiClient.class).baseUrl()).isEqualTo("https://mcp.eu.pagerduty.com");
				assertThat(context.getBean(McpApiClient.class).region()).isEqualTo(Region.EU);
			});
	}

	@Test
	void enabledFalseShouldSkipOnlyThatClient() {
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.integrations.slack.enabled=false",
					"pagerduty.integrations.mcp.enabled=false", "pagerduty.integrations.scim.enabled=true")
			.run(context -> {
				assertThat(context).doesNotHaveBean(SlackIntegrationApiClient.class);
				assertThat(context).doesNotHaveBean(McpApiClient.class);
				assertThat(context).hasSingleBean(SlackIntegrationConnectionsApiClient.class);
				assertThat(context).hasSingleBean(ScimApiClient.class);
				assertThat(context).hasSingleBean(MsTeamsIntegrationApiClient.class);
				assertThat(context).hasSingleBean(JiraCloudIntegrationApiClient.class);
			});
	}

	@Test
	void jiraServerTokensShouldCreateJiraServerClientWithoutApiKey() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"rules\":[]}")
			.build());
		this.runner
			.withPropertyValues("pagerduty.integrations.jira-server.access-token=access-token-1111",
					"pagerduty.integrations.jira-server.signature-token=signature-token-2222",
					"pagerduty.integrations.jira-server.url=" + stubUrl("/integration-jira-service"))
			.run(context -> {
				API_KEY_CLIENTS.forEach(type -> assertThat(context).doesNotHaveBean(type));
				JiraServerIntegrationApiClient jira = context.getBean(JiraServerIntegrationApiClient.class);
				assertThat(jira.toString()).contains("*1111").contains("*2222").doesNotContain("token-1111");
				assertThat(jira.rget("/rules").isArray()).isTrue();
				assertThat(context.getBean(PagerDutyIntegrationsProperties.class).toString()).contains("*1111")
					.contains("*2222")
					.doesNotContain("access-token-1111")
					.doesNotContain("signature-token-2222");
			});
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getTarget()).isEqualTo("/integration-jira-service/rules");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer access-token-1111");
		assertThat(request.getHeaders().get("x-pagerduty-jira-signature")).isEqualTo("signature-token-2222");
	}

	@Test
	void jiraServerWhenOneTokenMissingOrDisabledShouldCreateNoClient() {
		this.runner.withPropertyValues("pagerduty.integrations.jira-server.access-token=access-token-1111")
			.run(context -> assertThat(context).doesNotHaveBean(JiraServerIntegrationApiClient.class));
		this.runner
			.withPropertyValues("pagerduty.integrations.jira-server.access-token=access-token-1111",
					"pagerduty.integrations.jira-server.signature-token=signature-token-2222",
					"pagerduty.integrations.jira-server.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(JiraServerIntegrationApiClient.class));
	}

	@Test
	void urlOverridesAndSharedSettingsShouldReachTheClients() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"channel\":{\"id\":\"C1\"}}")
			.build());
		this.runner
			.withPropertyValues("pagerduty.api-key=oauth-token-abcd1234", "pagerduty.auth-type=bearer",
					"pagerduty.region=eu", "pagerduty.retry.statuses.503=2",
					"pagerduty.integrations.slack.url=" + stubUrl("/integration-slack"),
					"pagerduty.integrations.scim.url=https://scim.example.com/scim/v2",
					"pagerduty.integrations.mcp.url=https://mcp.example.com")
			.run(context -> {
				SlackIntegrationApiClient slack = context.getBean(SlackIntegrationApiClient.class);
				assertThat(slack.baseUrl()).isEqualTo(stubUrl("/integration-slack"));
				assertThat(slack.authType()).isEqualTo(AuthType.BEARER);
				assertThat(slack.retrySettings().statuses()).containsEntry(503, 2);
				assertThat(slack.rget("/incidents/Q1/dedicated_channel").get("id").asString()).isEqualTo("C1");
				assertThat(context.getBean(ScimApiClient.class).baseUrl())
					.isEqualTo("https://scim.example.com/scim/v2");
				assertThat(context.getBean(McpApiClient.class).baseUrl()).isEqualTo("https://mcp.example.com");
				assertThat(context.getBean(MsTeamsIntegrationApiClient.class).authType()).isEqualTo(AuthType.TOKEN);
				assertThat(context.getBean(JiraCloudIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://api.eu.pagerduty.com/integration-jira-cloud");
			});
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getTarget()).isEqualTo("/integration-slack/incidents/Q1/dedicated_channel");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer oauth-token-abcd1234");
	}

	@Test
	void invalidUrlShouldFailTheStartNamingTheProperty() {
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234",
					"pagerduty.integrations.slack-connections.url=http://app.pagerduty.com/integration-slack")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pagerduty.integrations.slack-connections.url"));
	}

	@Test
	void customizersShouldApplyToIntegrationClients() {
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234")
			.withBean(PagerDutyClientCustomizer.class, () -> builder -> builder.baseUrl("https://custom.example.com"))
			.run(context -> assertThat(context.getBean(ScimApiClient.class).baseUrl())
				.isEqualTo("https://custom.example.com"));
	}

	@Test
	void userDefinedClientsShouldWin() {
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234",
					"pagerduty.integrations.jira-server.access-token=access-token-1111",
					"pagerduty.integrations.jira-server.signature-token=signature-token-2222")
			.withUserConfiguration(OwnClients.class)
			.run(context -> {
				assertThat(context.getBean(SlackIntegrationApiClient.class).baseUrl())
					.isEqualTo("https://own.example.com/slack");
				assertThat(context.getBean(JiraServerIntegrationApiClient.class).maskedSignatureToken())
					.isEqualTo("*9999");
				assertThat(context).hasSingleBean(SlackIntegrationApiClient.class);
				assertThat(context).hasSingleBean(JiraServerIntegrationApiClient.class);
				assertThat(context).hasSingleBean(ScimApiClient.class);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnClients {

		@Bean
		SlackIntegrationApiClient ownSlack() {
			return SlackIntegrationApiClient.builder("own-key-0000").baseUrl("https://own.example.com/slack").build();
		}

		@Bean
		JiraServerIntegrationApiClient ownJira() {
			return JiraServerIntegrationApiClient.builder("own-access-0000", "own-signature-9999").build();
		}

	}

}
