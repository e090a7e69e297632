package io.pdkit.integrations;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.pdkit.core.internal.ResponseListener;
import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RawVerbs;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.integrations.internal.IntegrationData;
import io.pdkit.integrations.internal.ScimUserPages;
import io.pdkit.rest.internal.CanonicalPaths;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * PagerDuty's SCIM 2.0 API for provisioning users. {@link #listUsers(String, int, int)}
 * walks SCIM's {@code startIndex}/{@code count} pages; every other endpoint
 * ({@code /Users/{id}}, {@code /Schemas}, {@code /ServiceProviderConfig}, ...) is reached
 * with the raw verbs. Bodies are sent and returned as they are.
 *
 * <pre>{@code
 * try (ScimApiClient scim = ScimApiClient.builder(apiKey).build()) {
 *     List<JsonNode> users = scim.listUsers("userName eq \"ada@example.com\"", 1, 100);
 *     JsonNode user = scim.get("/Users/" + users.get(0).get("id").asString()).requireSuccess().json();
 * }
 * }</pre>
 */
public final class ScimApiClient extends ApiClient implements RawVerbs {

	/** The SCIM API: base URLs per region and permitted methods; no extra headers. */
	public static final ApiDefinition API = new ApiDefinition("scim", "https://api.pagerduty.com/scim/v2",
			"https://api.eu.pagerduty.com/scim/v2", Set.of("GET", "POST", "PUT", "PATCH", "DELETE"), Map.of(),
			RetrySettings.defaults());

	private static final CanonicalPaths PATHS = IntegrationData.paths("scim");

	private final AuthType authType;

	private final int defaultPageSize;

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param apiKey a REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 */
	public ScimApiClient(String apiKey) {
		this(builder(apiKey));
	}

	private ScimApiClient(Builder builder) {
		super(builder, PATHS.unwrappedEndpoints(), ResponseListener.NONE);
		this.authType = builder.authType;
		this.defaultPageSize = builder.defaultPageSize;
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
	public ApiResponse request(String method, String url, RequestOptions options) {
		return super.request(method, url, options);
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Returns how the credential is put into the {@code Authorization} header.
	 * @return the auth type
	 */
	public AuthType authType() {
		return this.authType;
	}

	/**
	 * Returns every user, starting at index 1 with the default page size.
	 * @return the users
	 */
	public List<JsonNode> listUsers() {
		return listUsers(null, 1, this.defaultPageSize);
	}

	/**
	 * Returns every user matching a SCIM filter, starting at index 1 with the default
	 * page size.
	 * @param filter a SCIM filter such as {@code userName eq "ada@example.com"}, or
	 * {@code null} for all users
	 * @return the users
	 */
	public List<JsonNode> listUsers(@Nullable String filter) {
		return listUsers(filter, 1, this.defaultPageSize);
	}

	/**
	 * Returns every user matching a SCIM filter, requesting
	 * {@code GET /Users?startIndex=..&count=..} page by page until {@code totalResults}
	 * is reached or a page is empty.
	 * @param filter a SCIM filter, or {@code null} (or empty) for all users
	 * @param startIndex the 1-based index of the first user, at least 1
	 * @param pageSize the {@code count} of each request, at least 1
	 * @return the users, in order
	 * @throws IllegalArgumentException naming {@code startIndex} or {@code pageSize} if
	 * it is less than 1
	 * @throws io.pdkit.core.PagerDutyHttpException if a page is refused
	 * @throws io.pdkit.core.PagerDutyServerException if a page is not a SCIM list
	 * response
	 */
	public List<JsonNode> listUsers(@Nullable String filter, int startIndex, int pageSize) {
		requirePositive(startIndex, "startIndex");
		requirePositive(pageSize, "pageSize");
		return ScimUserPages.collect(query -> get("/Users", RequestOptions.builder().query(query).build())
			.requireSuccess(ScimUserPages.CONTEXT), filter, startIndex, pageSize);
	}

	private static void requirePositive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, was " + value);
		}
	}

	/**
	 * Builds a {@link ScimApiClient}; adds the auth type and the default page size to the
	 * common options.
	 */
	public static final class Builder extends ApiClient.Builder<ScimApiClient, Builder> {

		private AuthType authType = AuthType.TOKEN;

		private int defaultPageSize = 100;

		Builder(CredentialSource credentials) {
			super(API, credentials);
			authMethod(AuthMethod.header(AuthType.TOKEN));
		}

		Builder(ScimApiClient source) {
			super(source);
			this.authType = source.authType;
			this.defaultPageSize = source.defaultPageSize;
		}

		/**
		 * Sets how the credential is put into the {@code Authorization} header (default
		 * {@link AuthType#TOKEN}; an App OAuth token needs {@link AuthType#BEARER}).
		 * @param authType the auth type
		 * @return this builder
		 */
		public Builder authType(AuthType authType) {
			this.authType = Objects.requireNonNull(authType, "authType must not be null");
			return authMethod(AuthMethod.header(authType));
		}

		/**
		 * Sets the page size of {@link ScimApiClient#listUsers()} (default 100).
		 * @param defaultPageSize at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if less than 1
		 */
		public Builder defaultPageSize(int defaultPageSize) {
			requirePositive(defaultPageSize, "defaultPageSize");
			this.defaultPageSize = defaultPageSize;
			return this;
		}

		@Override
		public ScimApiClient build() {
			return new ScimApiClient(this);
		}

	}

}
