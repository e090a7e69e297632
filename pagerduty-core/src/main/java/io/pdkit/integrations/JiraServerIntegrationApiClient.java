package io.pdkit.integrations;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.pdkit.core.ApiDefinition;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.integrations.internal.JiraSignatureAuth;
import io.pdkit.rest.RestApiV2BaseClient;
import io.pdkit.rest.internal.RestApiData;

import org.springframework.util.function.SingletonSupplier;

/**
 * The Jira Server integration API: the rules that create Jira Server issues from
 * PagerDuty incidents. It always authenticates with a user OAuth access token
 * ({@code Authorization: Bearer ...}) and sends the Jira signature token as
 * {@code x-pagerduty-jira-signature}; both are shown only masked.
 *
 * <pre>{@code
 * try (JiraServerIntegrationApiClient jira = JiraServerIntegrationApiClient.builder(accessToken, signatureToken)
 *         .build()) {
 *     jira.iterAll("/rules").forEach(rule -> System.out.println(rule.get("name")));
 *     JsonNode rule = jira.rget("/rules/PRULE45");                                   // the "rule" object
 * }
 * }</pre>
 */
public final class JiraServerIntegrationApiClient extends RestApiV2BaseClient {

	/**
	 * The Jira Server integration API: base URLs per region, permitted methods and
	 * headers.
	 */
	public static final ApiDefinition API = new ApiDefinition("jira-server",
			"https://app.pagerduty.com/integration-jira-service",
			"https://app.eu.pagerduty.com/integration-jira-service", Set.of("GET", "POST", "PUT", "DELETE"),
			Map.of("Accept", "application/json"), RetrySettings.defaults());

	private static final Supplier<RestApiData> DATA = SingletonSupplier
		.of(() -> IntegrationData.restStyle("jira-server"));

	private final JiraSignatureAuth signature;

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param accessToken a user OAuth access token
	 * @param jiraSignatureToken the Jira signature token
	 */
	public JiraServerIntegrationApiClient(String accessToken, String jiraSignatureToken) {
		this(builder(accessToken, jiraSignatureToken));
	}

	private JiraServerIntegrationApiClient(Builder builder) {
		super(builder, DATA);
		this.signature = builder.signature;
	}

	/**
	 * Starts a builder.
	 * @param accessToken a user OAuth access token
	 * @param jiraSignatureToken the Jira signature token
	 * @return the builder
	 * @throws IllegalArgumentException naming the argument that is null or blank
	 */
	public static Builder builder(String accessToken, String jiraSignatureToken) {
		CredentialSource credentials = CredentialSource
			.of(IntegrationArguments.requireText(accessToken, "accessToken"));
		return new Builder(credentials, new JiraSignatureAuth(jiraSignatureToken));
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Returns the Jira signature token, masked.
	 * @return {@code *} + its last four characters
	 */
	public String maskedSignatureToken() {
		return this.signature.maskedSignatureToken();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[baseUrl=" + baseUrl() + ", credential=" + maskedCredential()
				+ ", signatureToken=" + maskedSignatureToken() + "]";
	}

	/**
	 * Builds a {@link JiraServerIntegrationApiClient}; every option of
	 * {@link RestApiV2BaseClient.Builder} applies.
	 */
	public static final class Builder extends RestApiV2BaseClient.Builder<JiraServerIntegrationApiClient, Builder> {

		private final JiraSignatureAuth signature;

		Builder(CredentialSource credentials, JiraSignatureAuth signature) {
			super(API, credentials);
			super.authType(AuthType.BEARER);
			this.signature = signature;
			authMethod(signature);
		}

		Builder(JiraServerIntegrationApiClient source) {
			super(source);
			this.signature = source.signature;
		}

		/**
		 * Accepts only {@link AuthType#BEARER} or {@link AuthType#OAUTH2}: this API
		 * always uses a bearer token.
		 * @param authType a bearer auth type
		 * @return this builder
		 * @throws IllegalArgumentException for any other auth type
		 */
		@Override
		public Builder authType(AuthType authType) {
			if (authType != AuthType.BEARER && authType != AuthType.OAUTH2) {
				throw new IllegalArgumentException(
						"authType: the Jira Server integration API accepts only a bearer token, was " + authType);
			}
			return this;
		}

		@Override
		public JiraServerIntegrationApiClient build() {
			return new JiraServerIntegrationApiClient(this);
		}

	}

}
