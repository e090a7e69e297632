package io.pdkit.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.Region;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.rest.RestApiV2Client;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * PagerDuty's OAuth token endpoint ({@code https://identity.pagerduty.com}, one host for
 * both regions): authorize URLs, the authorization-code grant with or without PKCE,
 * scoped app tokens (client credentials) and refresh. Token requests are form-encoded and
 * carry {@code client_id} and {@code client_secret}.
 *
 * <pre>{@code
 * OAuthTokenClient oauth = OAuthTokenClient.builder(clientSecret, clientId).build();
 * String url = oauth.authorizeUrl("read write", "https://app.example.com/callback");
 * OAuthToken token = oauth.getNewTokenFromCode(code, "read write", "https://app.example.com/callback");
 *
 * OAuthToken appToken = oauth.getScopedAppToken(OAuthTokenClient.appScope(Region.US, "acme", "incidents.read"));
 * }</pre>
 */
public final class OAuthTokenClient extends ApiClient {

	/** The identity service: POST only, the same host for both regions. */
	public static final ApiDefinition API = new ApiDefinition("oauth", "https://identity.pagerduty.com",
			"https://identity.pagerduty.com", Set.of("POST"), Map.of(), RetrySettings.defaults());

	/** The default early-refresh buffer: 24 hours. */
	public static final Duration DEFAULT_EARLY_REFRESH_BUFFER = Duration.ofHours(24);

	private final String clientId;

	private final Duration earlyRefreshBuffer;

	private final @Nullable String redirectUri;

	private OAuthTokenClient(Builder builder) {
		super(builder);
		this.clientId = builder.clientId;
		this.earlyRefreshBuffer = builder.earlyRefreshBuffer;
		this.redirectUri = builder.redirectUri;
	}

	/**
	 * Creates a client with default settings.
	 * @param clientSecret the app's client secret
	 * @param clientId the app's client id
	 */
	public OAuthTokenClient(String clientSecret, String clientId) {
		this(builder(clientSecret, clientId));
	}

	/**
	 * Starts a builder.
	 * @param clientSecret the app's client secret
	 * @param clientId the app's client id
	 * @return the builder
	 */
	public static Builder builder(String clientSecret, String clientId) {
		return new Builder(CredentialSource.of(clientSecret, "clientSecret"), clientId);
	}

	/**
	 * Builds the scope of a scoped app token: {@code as_account-<region>.<subdomain>}
	 * followed by the resource scopes.
	 * @param region the account's service region
	 * @param subdomain the account's subdomain
	 * @param scopes resource scopes such as {@code incidents.read}
	 * @return the scope string
	 */
	public static String appScope(Region region, String subdomain, String... scopes) {
		if (subdomain == null || subdomain.isBlank()) {
			throw new IllegalArgumentException("subdomain must not be null or blank");
		}
		StringBuilder scope = new StringBuilder("as_account-").append(region.name().toLowerCase(java.util.Locale.ROOT))
			.append('.')
			.append(subdomain);
		for (String resourceScope : scopes) {
			scope.append(' ').append(resourceScope);
		}
		return scope.toString();
	}

	/**
	 * Returns the authorization URL to send a user to.
	 * @param scope the requested scope
	 * @param redirectUri the app's redirect URI
	 * @return {@code <base>/oauth/authorize?client_id=…&redirect_uri=…&response_type=code&scope=…}
	 */
	public String authorizeUrl(String scope, String redirectUri) {
		return baseUrl() + "/oauth/authorize?" + formEncode(authorizeParameters(scope, redirectUri));
	}

	/**
	 * Returns the authorization URL for the redirect URI configured on the builder.
	 * @param scope the requested scope
	 * @return the URL
	 * @throws IllegalStateException if no redirect URI was configured
	 */
	public String authorizeUrl(String scope) {
		return authorizeUrl(scope, configuredRedirectUri());
	}

	/**
	 * Returns the PKCE authorization URL for the redirect URI configured on the builder.
	 * @param scope the requested scope
	 * @param codeChallenge the S256 challenge of {@link PkceParams}
	 * @return the URL
	 * @throws IllegalStateException if no redirect URI was configured
	 */
	public String pkceAuthorizeUrl(String scope, String codeChallenge) {
		return pkceAuthorizeUrl(scope, configuredRedirectUri(), codeChallenge);
	}

	/**
	 * Exchanges an authorization code for a token, with the redirect URI configured on
	 * the builder.
	 * @param authCode the code from the redirect
	 * @param scope the scope requested
	 * @return the token
	 * @throws IllegalStateException if no redirect URI was configured
	 */
	public OAuthToken getNewTokenFromCode(String authCode, String scope) {
		return getNewTokenFromCode(authCode, scope, configuredRedirectUri());
	}

	/**
	 * Returns the redirect URI configured on the builder.
	 * @return the redirect URI, if configured
	 */
	public Optional<String> redirectUri() {
		return Optional.ofNullable(this.redirectUri);
	}

	private String configuredRedirectUri() {
		if (this.redirectUri == null) {
			throw new IllegalStateException(
					"No redirect URI configured; set it with OAuthTokenClient.Builder.redirectUri "
							+ "or pass it as an argument");
		}
		return this.redirectUri;
	}

	/**
	 * Returns the authorization URL for the PKCE flow (python-pagerduty's version of this
	 * always fails).
	 * @param scope the requested scope
	 * @param redirectUri the app's redirect URI
	 * @param codeChallenge the S256 challenge of {@link PkceParams}
	 * @return the URL, with {@code code_challenge} and {@code code_challenge_method=S256}
	 * added
	 */
	public String pkceAuthorizeUrl(String scope, String redirectUri, String codeChallenge) {
		requireText(codeChallenge, "codeChallenge");
		Map<String, String> parameters = authorizeParameters(scope, redirectUri);
		parameters.put("code_challenge", codeChallenge);
		parameters.put("code_challenge_method", "S256");
		return baseUrl() + "/oauth/authorize?" + formEncode(parameters);
	}

	/**
	 * Generates PKCE parameters (RFC 7636, S256).
	 * @return a fresh verifier and challenge
	 */
	public PkceParams generateS256PkceParams() {
		return PkceParams.generate();
	}

	/**
	 * Exchanges an authorization code for a token.
	 * @param authCode the code from the redirect
	 * @param scope the scope requested
	 * @param redirectUri the redirect URI used
	 * @return the token
	 */
	public OAuthToken getNewTokenFromCode(String authCode, String scope, String redirectUri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "authorization_code");
		parameters.put("code", requireText(authCode, "authCode"));
		parameters.put("scope", requireText(scope, "scope"));
		parameters.put("redirect_uri", requireText(redirectUri, "redirectUri"));
		return getNewToken(parameters);
	}

	/**
	 * Exchanges an authorization code obtained with PKCE for a token.
	 * @param authCode the code from the redirect
	 * @param scope the scope requested
	 * @param redirectUri the redirect URI used
	 * @param codeVerifier the verifier whose challenge was sent
	 * @return the token
	 */
	public OAuthToken getNewTokenFromCodeWithPkce(String authCode, String scope, String redirectUri,
			String codeVerifier) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "authorization_code");
		parameters.put("code", requireText(authCode, "authCode"));
		parameters.put("scope", requireText(scope, "scope"));
		parameters.put("redirect_uri", requireText(redirectUri, "redirectUri"));
		parameters.put("code_verifier", requireText(codeVerifier, "codeVerifier"));
		return getNewToken(parameters);
	}

	/**
	 * Obtains a new token with a refresh token.
	 * @param refreshToken the refresh token
	 * @return the new token (with a new refresh token, which the caller must keep)
	 */
	public OAuthToken getRefreshedToken(String refreshToken) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "refresh_token");
		parameters.put("refresh_token", requireText(refreshToken, "refreshToken"));
		return getNewToken(parameters);
	}

	/**
	 * Obtains a scoped app token with the client-credentials grant (no user involved, not
	 * refreshable).
	 * @param scope the scope, see {@link #appScope(Region, String, String...)}
	 * @return the token
	 */
	public OAuthToken getScopedAppToken(String scope) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "client_credentials");
		parameters.put("scope", requireText(scope, "scope"));
		return getNewToken(parameters);
	}

	/**
	 * Posts a form to {@code /oauth/token} with the client credentials added.
	 * @param parameters the grant parameters
	 * @return the token
	 * @throws PagerDutyServerException if the answer lacks {@code access_token} or
	 * {@code expires_in}
	 */
	public OAuthToken getNewToken(Map<String, String> parameters) {
		Map<String, String> form = new LinkedHashMap<>(orderedGrant(parameters));
		ApiResponse response = request("POST", "/oauth/token", RequestOptions.builder().form(form).build())
			.requireSuccess();
		JsonNode body = response.json();
		if (!body.isObject() || !body.has("expires_in")) {
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"the auth response did not include expected key \"expires_in\"."), response);
		}
		String accessToken = body.path("access_token").asString("");
		if (accessToken.isBlank()) {
			throw new PagerDutyServerException(
					ErrorMessages.unexpectedBody(response, "the auth response did not include an access_token."),
					response);
		}
		long expiresIn = body.path("expires_in").asLong();
		return new OAuthToken(accessToken, text(body, "refresh_token"), expiresIn,
				clock().instant().plusSeconds(expiresIn), text(body, "scope"), text(body, "token_type"),
				text(body, "id_token"));
	}

	/**
	 * Returns a REST client for a user's stored token, refreshing the token first when it
	 * expires in less than {@link #earlyRefreshBuffer()} (python-pagerduty's
	 * {@code refresh_client}). The caller must persist the new token when one is
	 * returned.
	 * @param accessToken the stored access token
	 * @param refreshToken the stored refresh token
	 * @param expirationDate when the access token expires
	 * @return the client (Bearer auth, US region) and the new token, if one was fetched
	 */
	public RefreshResult refreshClient(String accessToken, String refreshToken, Instant expirationDate) {
		return refreshClient(accessToken, refreshToken, expirationDate, builder -> {
		});
	}

	/**
	 * Like {@link #refreshClient(String, String, Instant)}, with a callback to adjust the
	 * REST client's builder (region, base URL, {@code defaultFrom}…).
	 * @param accessToken the stored access token
	 * @param refreshToken the stored refresh token
	 * @param expirationDate when the access token expires
	 * @param customizer adjusts the REST client builder before it is built
	 * @return the client and the new token, if one was fetched
	 */
	public RefreshResult refreshClient(String accessToken, String refreshToken, Instant expirationDate,
			Consumer<RestApiV2Client.Builder> customizer) {
		requireText(accessToken, "accessToken");
		requireText(refreshToken, "refreshToken");
		Objects.requireNonNull(expirationDate, "expirationDate must not be null");
		OAuthToken fresh = null;
		String token = accessToken;
		if (Duration.between(clock().instant(), expirationDate).compareTo(this.earlyRefreshBuffer) < 0) {
			fresh = getRefreshedToken(refreshToken);
			token = fresh.accessToken();
		}
		RestApiV2Client.Builder builder = RestApiV2Client.builder(token).authType(AuthType.BEARER);
		customizer.accept(builder);
		return new RefreshResult(builder.authType(AuthType.BEARER).build(), Optional.ofNullable(fresh));
	}

	/**
	 * Returns a REST client that authenticates with a stored user token and keeps it
	 * fresh by itself, handing each new token to the store.
	 * @param token the stored token
	 * @param store receives each new token
	 * @return the client builder (Bearer auth), to adjust and build
	 */
	public RestApiV2Client.Builder selfRefreshingRestClient(OAuthToken token, TokenStore store) {
		return RestApiV2Client.builder(tokenSource(token, store)).authType(AuthType.BEARER);
	}

	/**
	 * Returns a REST client builder that authenticates with a scoped app token, fetched
	 * on first use and again before it expires.
	 * @param scope the scope, see {@link #appScope(Region, String, String...)}
	 * @param store receives each new token
	 * @return the client builder (Bearer auth), to adjust and build
	 */
	public RestApiV2Client.Builder appTokenRestClient(String scope, TokenStore store) {
		return RestApiV2Client.builder(appTokenSource(scope, store)).authType(AuthType.BEARER);
	}

	/**
	 * Returns a credential source that starts from a stored token and refreshes it with
	 * its refresh token before it expires.
	 * @param token the stored token
	 * @param store receives each new token
	 * @return the source
	 */
	public OAuthTokenSource tokenSource(OAuthToken token, TokenStore store) {
		return new OAuthTokenSource(this, Objects.requireNonNull(token, "token must not be null"), null, store);
	}

	/**
	 * Returns a credential source for a scoped app token: fetched on first use and
	 * fetched again before it expires.
	 * @param scope the scope, see {@link #appScope(Region, String, String...)}
	 * @param store receives each new token
	 * @return the source
	 */
	public OAuthTokenSource appTokenSource(String scope, TokenStore store) {
		return new OAuthTokenSource(this, null, requireText(scope, "scope"), store);
	}

	/**
	 * Returns how long before expiry tokens are refreshed.
	 * @return the buffer (default 24 h)
	 */
	public Duration earlyRefreshBuffer() {
		return this.earlyRefreshBuffer;
	}

	/**
	 * Returns the client id.
	 * @return the client id
	 */
	public String clientId() {
		return this.clientId;
	}

	java.time.Clock tokenClock() {
		return clock();
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	@Override
	public String toString() {
		return "OAuthTokenClient[baseUrl=" + baseUrl() + ", clientId=" + this.clientId + ", clientSecret="
				+ maskedCredential() + "]";
	}

	private Map<String, String> authorizeParameters(String scope, String redirectUri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clientId);
		parameters.put("redirect_uri", requireText(redirectUri, "redirectUri"));
		parameters.put("response_type", "code");
		parameters.put("scope", requireText(scope, "scope"));
		return parameters;
	}

	private static Map<String, String> orderedGrant(Map<String, String> parameters) {
		Map<String, String> ordered = new LinkedHashMap<>();
		String grantType = parameters.get("grant_type");
		if (grantType != null) {
			ordered.put("grant_type", grantType);
		}
		parameters.forEach(ordered::putIfAbsent);
		return ordered;
	}

	private static String formEncode(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static @Nullable String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Builds an {@link OAuthTokenClient}.
	 */
	public static final class Builder extends ApiClient.Builder<OAuthTokenClient, Builder> {

		private final String clientId;

		private Duration earlyRefreshBuffer = DEFAULT_EARLY_REFRESH_BUFFER;

		private @Nullable String redirectUri;

		Builder(CredentialSource clientSecret, String clientId) {
			super(API, clientSecret);
			this.clientId = requireText(clientId, "clientId");
			authMethod(clientCredentials(clientId));
		}

		Builder(OAuthTokenClient source) {
			super(source);
			this.clientId = source.clientId;
			this.earlyRefreshBuffer = source.earlyRefreshBuffer;
			this.redirectUri = source.redirectUri;
		}

		/**
		 * Sets how long before expiry tokens are refreshed (default 24 h).
		 * @param earlyRefreshBuffer the buffer, zero or more
		 * @return this builder
		 */
		public Builder earlyRefreshBuffer(Duration earlyRefreshBuffer) {
			if (earlyRefreshBuffer == null || earlyRefreshBuffer.isNegative()) {
				throw new IllegalArgumentException(
						"earlyRefreshBuffer must be zero or positive, was " + earlyRefreshBuffer);
			}
			this.earlyRefreshBuffer = earlyRefreshBuffer;
			return this;
		}

		/**
		 * Sets the redirect URI registered for the app, used by the overloads that take
		 * none.
		 * @param redirectUri the redirect URI, or {@code null}
		 * @return this builder
		 */
		public Builder redirectUri(@Nullable String redirectUri) {
			if (redirectUri != null && redirectUri.isBlank()) {
				throw new IllegalArgumentException("redirectUri must not be blank");
			}
			this.redirectUri = redirectUri;
			return this;
		}

		@Override
		public OAuthTokenClient build() {
			return new OAuthTokenClient(this);
		}

		private static AuthMethod clientCredentials(String clientId) {
			return new AuthMethod() {
				@Override
				public Map<String, String> headers(String secret) {
					return Map.of();
				}

				@Override
				public Map<String, String> bodyParameters(String secret) {
					Map<String, String> parameters = new LinkedHashMap<>();
					parameters.put("client_id", clientId);
					parameters.put("client_secret", secret);
					return parameters;
				}

				@Override
				public String toString() {
					return "AuthMethod[client credentials " + clientId + "]";
				}
			};
		}

	}

}
