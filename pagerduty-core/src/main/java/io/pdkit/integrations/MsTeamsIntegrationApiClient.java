package io.pdkit.integrations;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.integrations.internal.PermittedOperations;
import io.pdkit.rest.RestApiV2BaseClient;
import io.pdkit.rest.internal.RestApiData;

import org.springframework.util.function.SingletonSupplier;

/**
 * The Microsoft Teams integration API: an incident's Teams meeting and dedicated chat. It
 * always authenticates with a REST API key ({@code Authorization: Token token=...}). A
 * method is accepted on a path only where the spec documents it or python-pagerduty
 * permits it: {@code /incidents/{incident_id}/meeting} takes only {@code POST}, with a
 * flat body ({@code mst_team_id} and an optional {@code meeting}); anything else is
 * refused before sending.
 *
 * <pre>{@code
 * try (MsTeamsIntegrationApiClient teams = new MsTeamsIntegrationApiClient(apiKey)) {
 *     JsonNode meeting = teams.rpost("/incidents/Q1ABC/meeting", Map.of("mst_team_id", "19:abc"));
 * }
 * }</pre>
 */
public final class MsTeamsIntegrationApiClient extends RestApiV2BaseClient {

	/**
	 * The Microsoft Teams integration API: base URLs per region, permitted methods and
	 * headers.
	 */
	public static final ApiDefinition API = new ApiDefinition("ms-teams",
			"https://api.pagerduty.com/integration-ms-teams", "https://api.eu.pagerduty.com/integration-ms-teams",
			Set.of("GET", "POST", "DELETE"), Map.of("Accept", "application/json"), RetrySettings.defaults());

	private static final Supplier<RestApiData> DATA = SingletonSupplier.of(() -> IntegrationData.restStyle("ms-teams"));

	private static final Supplier<PermittedOperations> OPERATIONS = SingletonSupplier
		.of(() -> IntegrationData.operations("ms-teams"));

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key
	 */
	public MsTeamsIntegrationApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private MsTeamsIntegrationApiClient(Builder builder) {
		super(builder, DATA);
	}

	/**
	 * Starts a builder.
	 * @param apiKey a REST API key
	 * @return the builder
	 * @throws IllegalArgumentException naming {@code apiKey} if it is null or blank
	 */
	public static Builder builder(String apiKey) {
		return new Builder(CredentialSource.of(IntegrationArguments.requireText(apiKey, "apiKey")));
	}

	/**
	 * Sends a request after checking that the spec documents (or python-pagerduty
	 * permits) the method on the URL's canonical path.
	 * @param method the HTTP method
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response
	 * @throws PagerDutyException if the method is not permitted on the path, before
	 * anything is sent
	 */
	@Override
	public ApiResponse request(String method, String url, RequestOptions options) {
		if (method != null && !method.isBlank() && url != null && !url.isBlank()) {
			String path;
			try {
				path = canonicalPath(url);
			}
			catch (PagerDutyUrlException ex) {
				path = null;
			}
			if (path != null) {
				OPERATIONS.get().require(method, path);
			}
		}
		return super.request(method, url, options);
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link MsTeamsIntegrationApiClient}; every option of
	 * {@link RestApiV2BaseClient.Builder} applies.
	 */
	public static final class Builder extends RestApiV2BaseClient.Builder<MsTeamsIntegrationApiClient, Builder> {

		Builder(CredentialSource credentials) {
			super(API, credentials);
		}

		Builder(MsTeamsIntegrationApiClient source) {
			super(source);
		}

		/**
		 * Accepts only {@link AuthType#TOKEN}: this API always authenticates that way.
		 * @param authType {@link AuthType#TOKEN}
		 * @return this builder
		 * @throws IllegalArgumentException for any other auth type
		 */
		@Override
		public Builder authType(AuthType authType) {
			if (authType != AuthType.TOKEN) {
				throw new IllegalArgumentException(
						"authType: the Microsoft Teams integration API accepts only AuthType.TOKEN, was " + authType);
			}
			return super.authType(authType);
		}

		@Override
		public MsTeamsIntegrationApiClient build() {
			return new MsTeamsIntegrationApiClient(this);
		}

	}

}
