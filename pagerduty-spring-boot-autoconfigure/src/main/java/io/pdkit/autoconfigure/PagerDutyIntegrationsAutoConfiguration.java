package io.pdkit.autoconfigure;

import io.pdkit.integrations.JiraCloudIntegrationApiClient;
import io.pdkit.integrations.JiraServerIntegrationApiClient;
import io.pdkit.integrations.McpApiClient;
import io.pdkit.integrations.MsTeamsIntegrationApiClient;
import io.pdkit.integrations.ScimApiClient;
import io.pdkit.integrations.SlackIntegrationApiClient;
import io.pdkit.integrations.SlackIntegrationConnectionsApiClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates the integration API client beans: with {@code pagerduty.api-key} (or a
 * {@link PagerDutyConnectionDetails} bean of the application's), the Slack, Slack
 * connections, Microsoft Teams, Jira Cloud, SCIM and MCP clients; with
 * {@code pagerduty.integrations.jira-server.access-token} and {@code signature-token},
 * the Jira Server client. Each can be switched off with
 * {@code pagerduty.integrations.<name>.enabled=false}, moved with
 * {@code pagerduty.integrations.<name>.url}, and backs off when the application defines
 * its own. Region, {@code pagerduty.retry.*}, the HTTP stack and the
 * {@link PagerDutyClientCustomizer} beans apply as for the REST client.
 */
@AutoConfiguration(after = PagerDutyAutoConfiguration.class)
@ConditionalOnClass(SlackIntegrationApiClient.class)
@EnableConfigurationProperties(PagerDutyIntegrationsProperties.class)
public final class PagerDutyIntegrationsAutoConfiguration {

	private static final String RETRY_PREFIX = "pagerduty.retry";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.slack.enabled", matchIfMissing = true)
	SlackIntegrationApiClient slackIntegrationApiClient(PagerDutyClientConfigurer configurer,
			PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		SlackIntegrationApiClient.Builder builder = SlackIntegrationApiClient.builder(apiKey(configurer))
			.authType(properties.getAuthType())
			.defaultPageSize(properties.getPageSize());
		return configure(configurer, builder, "slack", integrations.getSlack()).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.slack-connections.enabled", matchIfMissing = true)
	SlackIntegrationConnectionsApiClient slackIntegrationConnectionsApiClient(PagerDutyClientConfigurer configurer,
			PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		SlackIntegrationConnectionsApiClient.Builder builder = SlackIntegrationConnectionsApiClient
			.builder(apiKey(configurer))
			.authType(properties.getAuthType())
			.defaultPageSize(properties.getPageSize());
		return configure(configurer, builder, "slack-connections", integrations.getSlackConnections()).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.ms-teams.enabled", matchIfMissing = true)
	MsTeamsIntegrationApiClient msTeamsIntegrationApiClient(PagerDutyClientConfigurer configurer,
			PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		MsTeamsIntegrationApiClient.Builder builder = MsTeamsIntegrationApiClient.builder(apiKey(configurer))
			.defaultPageSize(properties.getPageSize());
		return configure(configurer, builder, "ms-teams", integrations.getMsTeams()).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.jira-cloud.enabled", matchIfMissing = true)
	JiraCloudIntegrationApiClient jiraCloudIntegrationApiClient(PagerDutyClientConfigurer configurer,
			PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		JiraCloudIntegrationApiClient.Builder builder = JiraCloudIntegrationApiClient.builder(apiKey(configurer))
			.authType(properties.getAuthType())
			.defaultPageSize(properties.getPageSize());
		return configure(configurer, builder, "jira-cloud", integrations.getJiraCloud()).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential({ "pagerduty.integrations.jira-server.access-token",
			"pagerduty.integrations.jira-server.signature-token" })
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.jira-server.enabled", matchIfMissing = true)
	JiraServerIntegrationApiClient jiraServerIntegrationApiClient(PagerDutyClientConfigurer configurer,
			PagerDutyIntegrationsProperties integrations) {
		PagerDutyIntegrationsProperties.JiraServer jira = integrations.getJiraServer();
		JiraServerIntegrationApiClient.Builder builder = JiraServerIntegrationApiClient
			.builder(RequiredProperty.require(jira.getAccessToken(), "pagerduty.integrations.jira-server.access-token"),
					RequiredProperty.require(jira.getSignatureToken(),
							"pagerduty.integrations.jira-server.signature-token"))
			.defaultPageSize(configurer.properties().getPageSize());
		return configure(configurer, builder, "jira-server", jira).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.scim.enabled", matchIfMissing = true)
	ScimApiClient scimApiClient(PagerDutyClientConfigurer configurer, PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		ScimApiClient.Builder builder = ScimApiClient.builder(apiKey(configurer))
			.authType(properties.getAuthType())
			.defaultPageSize(properties.getPageSize());
		return configure(configurer, builder, "scim", integrations.getScim()).build();
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
	@ConditionalOnBooleanProperty(name = "pagerduty.integrations.mcp.enabled", matchIfMissing = true)
	McpApiClient mcpApiClient(PagerDutyClientConfigurer configurer, PagerDutyIntegrationsProperties integrations) {
		PagerDutyProperties properties = configurer.properties();
		McpApiClient.Builder builder = McpApiClient.builder(apiKey(configurer)).authType(properties.getAuthType());
		return configure(configurer, builder, "mcp", integrations.getMcp()).build();
	}

	private static String apiKey(PagerDutyClientConfigurer configurer) {
		return PagerDutyProperties.required(configurer.connectionDetails().apiKey(), "pagerduty.api-key");
	}

	private static <B extends io.pdkit.core.ApiClient.Builder<?, B>> B configure(PagerDutyClientConfigurer configurer,
			B builder, String name, PagerDutyIntegrationsProperties.Client client) {
		String url = configurer.connectionDetails().integrationUrl(name);
		return configurer.configure(builder, (url != null) ? url : client.getUrl(), configurer.properties().getRetry(),
				RETRY_PREFIX);
	}

}
