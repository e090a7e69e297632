package io.pdkit.integrations;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.pdkit.core.ApiDefinition;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.rest.RestApiV2BaseClient;
import io.pdkit.rest.internal.RestApiData;

import org.springframework.util.function.SingletonSupplier;

/**
 * The Slack connections API: the connections between a Slack workspace and PagerDuty
 * services and teams, on {@code app.pagerduty.com/integration-slack}.
 *
 * <pre>{@code
 * try (SlackIntegrationConnectionsApiClient slack = SlackIntegrationConnectionsApiClient.builder(apiKey).build()) {
 *     slack.iterAll("/workspaces/T0123ABC/connections")
 *          .forEach(connection -> System.out.println(connection.get("id")));
 *     JsonNode created = slack.rpost("/workspaces/T0123ABC/connections", Map.of("source_id", "PSERVICE1"));
 * }
 * }</pre>
 */
public final class SlackIntegrationConnectionsApiClient extends RestApiV2BaseClient {

	/** The Slack connections API: base URLs per region, permitted methods and headers. */
	public static final ApiDefinition API = new ApiDefinition("slack-connections",
			"https://app.pagerduty.com/integration-slack", "https://app.eu.pagerduty.com/integration-slack",
			Set.of("GET", "POST", "PUT", "DELETE"), Map.of("Accept", "application/json"), RetrySettings.defaults());

	private static final Supplier<RestApiData> DATA = SingletonSupplier
		.of(() -> IntegrationData.restStyle("slack-connections"));

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 */
	public SlackIntegrationConnectionsApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private SlackIntegrationConnectionsApiClient(Builder builder) {
		super(builder, DATA);
	}

	/**
	 * Starts a builder.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 * @return the builder
	 * @throws IllegalArgumentException naming {@code apiKey} if it is null or blank
	 */
	public static Builder builder(String apiKey) {
		return new Builder(CredentialSource.of(IntegrationArguments.requireText(apiKey, "apiKey")));
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link SlackIntegrationConnectionsApiClient}; every option of
	 * {@link RestApiV2BaseClient.Builder} applies.
	 */
	public static final class Builder
			extends RestApiV2BaseClient.Builder<SlackIntegrationConnectionsApiClient, Builder> {

		Builder(CredentialSource credentials) {
			super(API, credentials);
		}

		Builder(SlackIntegrationConnectionsApiClient source) {
			super(source);
		}

		@Override
		public SlackIntegrationConnectionsApiClient build() {
			return new SlackIntegrationConnectionsApiClient(this);
		}

	}

}
