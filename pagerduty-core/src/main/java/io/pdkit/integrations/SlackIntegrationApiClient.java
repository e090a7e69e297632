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
 * The Slack integration API: an incident's dedicated Slack channel and its notification
 * channels. Paths are relative to the base URL, which includes
 * {@code /integration-slack}.
 *
 * <pre>{@code
 * try (SlackIntegrationApiClient slack = SlackIntegrationApiClient.builder(apiKey).region(Region.EU).build()) {
 *     JsonNode channel = slack.rget("/incidents/Q1ABC/dedicated_channel");            // the "channel" object
 *     JsonNode channels = slack.rget("/incidents/Q1ABC/notification_channels");      // the "channels" array
 * }
 * }</pre>
 */
public final class SlackIntegrationApiClient extends RestApiV2BaseClient {

	/** The Slack integration API: base URLs per region, permitted methods and headers. */
	public static final ApiDefinition API = new ApiDefinition("slack", "https://api.pagerduty.com/integration-slack",
			"https://api.eu.pagerduty.com/integration-slack", Set.of("GET", "POST", "PUT", "DELETE"),
			Map.of("Accept", "application/json"), RetrySettings.defaults());

	private static final Supplier<RestApiData> DATA = SingletonSupplier.of(() -> IntegrationData.restStyle("slack"));

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 */
	public SlackIntegrationApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private SlackIntegrationApiClient(Builder builder) {
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
	 * Builds a {@link SlackIntegrationApiClient}; every option of
	 * {@link RestApiV2BaseClient.Builder} applies.
	 */
	public static final class Builder extends RestApiV2BaseClient.Builder<SlackIntegrationApiClient, Builder> {

		Builder(CredentialSource credentials) {
			super(API, credentials);
		}

		Builder(SlackIntegrationApiClient source) {
			super(source);
		}

		@Override
		public SlackIntegrationApiClient build() {
			return new SlackIntegrationApiClient(this);
		}

	}

}
