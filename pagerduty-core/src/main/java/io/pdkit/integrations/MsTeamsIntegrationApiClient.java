package io.pdkit.integrations;

import java.util.Map;
import java.util.Set;

import io.pdkit.core.ApiDefinition;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.rest.RestApiV2BaseClient;
import io.pdkit.rest.internal.RestApiData;

/**
 * The Microsoft Teams integration API: an incident's Teams meeting and dedicated chat. It always authenticates
 * with a REST API key ({@code Authorization: Token token=...}).
 *
 * <pre>{@code
 * try (MsTeamsIntegrationApiClient teams = new MsTeamsIntegrationApiClient(apiKey)) {
 *     JsonNode meeting = teams.rpost("/incidents/Q1ABC/meeting", Map.of("mst_team_id", "19:abc"));
 * }
 * }</pre>
 */
public final class MsTeamsIntegrationApiClient extends RestApiV2BaseClient {

    /** The Microsoft Teams integration API: base URLs per region, permitted methods and headers. */
    public static final ApiDefinition API = new ApiDefinition("ms-teams", "https://api.pagerduty.com/integration-ms-teams",
            "https://api.eu.pagerduty.com/integration-ms-teams", Set.of("GET", "POST", "DELETE"),
            Map.of("Accept", "application/json"), RetrySettings.defaults());

    private static final RestApiData DATA = IntegrationData.restStyle("ms-teams");

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

    @Override
    public Builder mutate() {
        return new Builder(this);
    }

    /**
     * Builds a {@link MsTeamsIntegrationApiClient}; every option of {@link RestApiV2BaseClient.Builder} applies.
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
                throw new IllegalArgumentException("authType: the Microsoft Teams integration API accepts only AuthType.TOKEN, was "
                        + authType);
            }
            return super.authType(authType);
        }

        @Override
        public MsTeamsIntegrationApiClient build() {
            return new MsTeamsIntegrationApiClient(this);
        }

    }

}
