package io.pdkit.autoconfigure;

import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of pdkit's integration API clients ({@code pagerduty.integrations.*}):
 * per client a base URL override and an on/off switch; the Jira Server client's own
 * tokens. Every client but Jira Server uses {@code pagerduty.api-key}.
 */
@ConfigurationProperties("pagerduty.integrations")
public class PagerDutyIntegrationsProperties {

	private static final String PREFIX = "pagerduty.integrations.";

	/**
	 * Slack integration API client (SlackIntegrationApiClient).
	 */
	private final Client slack = new Client(PREFIX + "slack");

	/**
	 * Slack connections API client (SlackIntegrationConnectionsApiClient).
	 */
	private final Client slackConnections = new Client(PREFIX + "slack-connections");

	/**
	 * Microsoft Teams integration API client (MsTeamsIntegrationApiClient).
	 */
	private final Client msTeams = new Client(PREFIX + "ms-teams");

	/**
	 * Jira Cloud integration API client (JiraCloudIntegrationApiClient).
	 */
	private final Client jiraCloud = new Client(PREFIX + "jira-cloud");

	/**
	 * Jira Server integration API client (JiraServerIntegrationApiClient); needs its own
	 * tokens.
	 */
	private final JiraServer jiraServer = new JiraServer(PREFIX + "jira-server");

	/**
	 * SCIM API client (ScimApiClient).
	 */
	private final Client scim = new Client(PREFIX + "scim");

	/**
	 * MCP server client (McpApiClient).
	 */
	private final Client mcp = new Client(PREFIX + "mcp");

	/**
	 * Returns the settings of the Slack integration API client
	 * ({@code SlackIntegrationApiClient}) ({@code pagerduty.integrations.slack.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getSlack() {
		return this.slack;
	}

	/**
	 * Returns the settings of the Slack connections API client
	 * ({@code SlackIntegrationConnectionsApiClient})
	 * ({@code pagerduty.integrations.slack-connections.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getSlackConnections() {
		return this.slackConnections;
	}

	/**
	 * Returns the settings of the Microsoft Teams integration API client
	 * ({@code MsTeamsIntegrationApiClient}) ({@code pagerduty.integrations.ms-teams.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getMsTeams() {
		return this.msTeams;
	}

	/**
	 * Returns the settings of the Jira Cloud integration API client
	 * ({@code JiraCloudIntegrationApiClient})
	 * ({@code pagerduty.integrations.jira-cloud.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getJiraCloud() {
		return this.jiraCloud;
	}

	/**
	 * Returns the settings of the Jira Server integration API client
	 * ({@code JiraServerIntegrationApiClient})
	 * ({@code pagerduty.integrations.jira-server.*}).
	 * @return the client's settings, never {@code null}
	 */
	public JiraServer getJiraServer() {
		return this.jiraServer;
	}

	/**
	 * Returns the settings of the SCIM API client ({@code ScimApiClient})
	 * ({@code pagerduty.integrations.scim.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getScim() {
		return this.scim;
	}

	/**
	 * Returns the settings of the MCP server client ({@code McpApiClient})
	 * ({@code pagerduty.integrations.mcp.*}).
	 * @return the client's settings, never {@code null}
	 */
	public Client getMcp() {
		return this.mcp;
	}

	@Override
	public String toString() {
		return "PagerDutyIntegrationsProperties[slack=" + this.slack + ", slackConnections=" + this.slackConnections
				+ ", msTeams=" + this.msTeams + ", jiraCloud=" + this.jiraCloud + ", jiraServer=" + this.jiraServer
				+ ", scim=" + this.scim + ", mcp=" + this.mcp + "]";
	}

	/**
	 * One integration API client.
	 */
	public static class Client {

		private final String prefix;

		/**
		 * Base URL, overriding the region's default.
		 */
		private @Nullable String url;

		/**
		 * Whether to create this client's bean.
		 */
		private boolean enabled = true;

		/**
		 * Creates the settings of an unnamed client.
		 */
		public Client() {
			this("pagerduty.integrations.<client>");
		}

		Client(String prefix) {
			this.prefix = prefix;
		}

		/**
		 * Returns the client's base URL that overrides the region's default
		 * ({@code pagerduty.integrations.<client>.url}).
		 * @return the base URL, or {@code null} to use the region's default
		 */
		public @Nullable String getUrl() {
			return this.url;
		}

		/**
		 * Sets the client's base URL that overrides the region's default
		 * ({@code pagerduty.integrations.<client>.url}).
		 * @param url the base URL; blank or {@code null} keeps the region's default
		 * @throws IllegalArgumentException naming the property if the URL is not a valid
		 * base URL
		 */
		public void setUrl(@Nullable String url) {
			this.url = PagerDutyProperties.validUrl(url, this.prefix + ".url");
		}

		/**
		 * Returns whether the client's bean is created
		 * ({@code pagerduty.integrations.<client>.enabled}).
		 * @return {@code true} (the default) to create the bean
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether the client's bean is created
		 * ({@code pagerduty.integrations.<client>.enabled}).
		 * @param enabled {@code false} to create no bean for this client
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		@Override
		public String toString() {
			return "[url=" + this.url + ", enabled=" + this.enabled + "]";
		}

	}

	/**
	 * The Jira Server integration API client: a user OAuth access token and the Jira
	 * signature token.
	 */
	public static class JiraServer extends Client {

		/**
		 * User OAuth access token, sent as a bearer token. With signature-token it
		 * creates the JiraServerIntegrationApiClient bean.
		 */
		private @Nullable String accessToken;

		/**
		 * Jira signature token, sent as the x-pagerduty-jira-signature header.
		 */
		private @Nullable String signatureToken;

		/**
		 * Creates the settings with the default prefix.
		 */
		public JiraServer() {
			this("pagerduty.integrations.jira-server");
		}

		JiraServer(String prefix) {
			super(prefix);
		}

		/**
		 * Returns the user OAuth access token that the Jira Server client sends as a
		 * bearer token ({@code pagerduty.integrations.jira-server.access-token}).
		 * @return the access token, or {@code null} if none is configured
		 */
		public @Nullable String getAccessToken() {
			return this.accessToken;
		}

		/**
		 * Sets the user OAuth access token that the Jira Server client sends as a bearer
		 * token ({@code pagerduty.integrations.jira-server.access-token}). With the
		 * signature token it creates the {@code JiraServerIntegrationApiClient} bean;
		 * {@code toString()} masks it.
		 * @param accessToken the access token, or {@code null} for none
		 */
		public void setAccessToken(@Nullable String accessToken) {
			this.accessToken = accessToken;
		}

		/**
		 * Returns the Jira signature token, sent as the
		 * {@code x-pagerduty-jira-signature} header
		 * ({@code pagerduty.integrations.jira-server.signature-token}).
		 * @return the signature token, or {@code null} if none is configured
		 */
		public @Nullable String getSignatureToken() {
			return this.signatureToken;
		}

		/**
		 * Sets the Jira signature token, sent as the {@code x-pagerduty-jira-signature}
		 * header ({@code pagerduty.integrations.jira-server.signature-token}).
		 * {@code toString()} masks it.
		 * @param signatureToken the signature token, or {@code null} for none
		 */
		public void setSignatureToken(@Nullable String signatureToken) {
			this.signatureToken = signatureToken;
		}

		@Override
		public String toString() {
			return "[url=" + getUrl() + ", enabled=" + isEnabled() + ", accessToken=" + Secrets.mask(this.accessToken)
					+ ", signatureToken=" + Secrets.mask(this.signatureToken) + "]";
		}

	}

}
