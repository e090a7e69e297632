package io.pdkit.autoconfigure;

import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of pdkit's integration API clients ({@code pagerduty.integrations.*}): per client a base URL
 * override and an on/off switch; the Jira Server client's own tokens. Every client but Jira Server uses
 * {@code pagerduty.api-key}.
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
     * Jira Server integration API client (JiraServerIntegrationApiClient); needs its own tokens.
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

    public Client getSlack() {
        return this.slack;
    }

    public Client getSlackConnections() {
        return this.slackConnections;
    }

    public Client getMsTeams() {
        return this.msTeams;
    }

    public Client getJiraCloud() {
        return this.jiraCloud;
    }

    public JiraServer getJiraServer() {
        return this.jiraServer;
    }

    public Client getScim() {
        return this.scim;
    }

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

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = PagerDutyProperties.validUrl(url, this.prefix + ".url");
        }

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public String toString() {
            return "[url=" + this.url + ", enabled=" + this.enabled + "]";
        }

    }

    /**
     * The Jira Server integration API client: a user OAuth access token and the Jira signature token.
     */
    public static class JiraServer extends Client {

        /**
         * User OAuth access token, sent as a bearer token. With signature-token it creates the
         * JiraServerIntegrationApiClient bean.
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

        public @Nullable String getAccessToken() {
            return this.accessToken;
        }

        public void setAccessToken(@Nullable String accessToken) {
            this.accessToken = accessToken;
        }

        public @Nullable String getSignatureToken() {
            return this.signatureToken;
        }

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
