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
 * The Jira Cloud integration API: account mappings and their rules. Like python-pagerduty
 * it sends {@code Content-Type: application/json} with every request, GET included.
 *
 * <pre>{@code
 * try (JiraCloudIntegrationApiClient jira = JiraCloudIntegrationApiClient.builder(apiKey).build()) {
 *     jira.iterAll("/accounts_mappings").forEach(mapping -> System.out.println(mapping.get("id")));
 *     JsonNode rule = jira.rget("/accounts_mappings/PMAP123/rules/PRULE45");
 * }
 * }</pre>
 */
public final class JiraCloudIntegrationApiClient extends RestApiV2BaseClient {

	/**
	 * The Jira Cloud integration API: base URLs per region, permitted methods and
	 * headers.
	 */
	public static final ApiDefinition API = new ApiDefinition("jira-cloud",
			"https://api.pagerduty.com/integration-jira-cloud", "https://api.eu.pagerduty.com/integration-jira-cloud",
			Set.of("GET", "POST", "PUT", "DELETE"),
			Map.of("Accept", "application/json", "Content-Type", "application/json"), RetrySettings.defaults());

	private static final Supplier<RestApiData> DATA = SingletonSupplier
		.of(() -> IntegrationData.restStyle("jira-cloud"));

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 */
	public JiraCloudIntegrationApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private JiraCloudIntegrationApiClient(Builder builder) {
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
	 * Builds a {@link JiraCloudIntegrationApiClient}; every option of
	 * {@link RestApiV2BaseClient.Builder} applies.
	 */
	public static final class Builder extends RestApiV2BaseClient.Builder<JiraCloudIntegrationApiClient, Builder> {

		Builder(CredentialSource credentials) {
			super(API, credentials);
		}

		Builder(JiraCloudIntegrationApiClient source) {
			super(source);
		}

		@Override
		public JiraCloudIntegrationApiClient build() {
			return new JiraCloudIntegrationApiClient(this);
		}

	}

}
