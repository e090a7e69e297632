package io.pdkit.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.core.AuthType;
import io.pdkit.core.Region;
import io.pdkit.core.Secrets;
import io.pdkit.core.BaseUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration of pdkit's PagerDuty clients ({@code pagerduty.*}). Invalid values fail
 * the application's start with a message naming the property.
 */
@ConfigurationProperties("pagerduty")
public class PagerDutyProperties {

	/**
	 * REST API v2 credential. Setting it creates the RestApiV2Client bean.
	 */
	private @Nullable String apiKey;

	/**
	 * How the API key is sent in the Authorization header.
	 */
	private AuthType authType = AuthType.TOKEN;

	/**
	 * PagerDuty service region; chooses the default base URL of every client.
	 */
	private Region region = Region.US;

	/**
	 * REST API v2 base URL, overriding the region's default.
	 */
	private @Nullable String url;

	/**
	 * Email address sent as the From header of REST requests (needed by some actions with
	 * account keys).
	 */
	private @Nullable String defaultFrom;

	/**
	 * Number of results requested per page by the pagination helpers.
	 */
	private int pageSize = 100;

	/**
	 * Whether clients log one line per HTTP attempt at INFO instead of DEBUG.
	 */
	private boolean debug;

	/**
	 * Read timeout of HTTP requests.
	 */
	private Duration timeout = Duration.ofSeconds(60);

	/**
	 * Connect timeout of HTTP requests.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * HTTP proxy for all clients.
	 */
	private final Proxy proxy = new Proxy();

	/**
	 * Retries of the REST and integration clients, merged over each client's preset.
	 */
	@NestedConfigurationProperty
	private final RetryProperties retry = new RetryProperties();

	/**
	 * Events API v2 client.
	 */
	private final Events events = new Events();

	/**
	 * OAuth token client and app-token REST client.
	 */
	private final OAuth oauth = new OAuth();

	/**
	 * Health contributor.
	 */
	private final Health health = new Health();

	/**
	 * Whether an unknown pagerduty.* key in the application's configuration fails the
	 * start (with the nearest valid key in the report); false only logs a warning.
	 */
	private boolean failOnUnknownKeys = true;

	/**
	 * Returns whether an unknown {@code pagerduty.*} key fails the application's start
	 * ({@code pagerduty.fail-on-unknown-keys}).
	 * @return {@code true} to fail the start, {@code false} to log a warning only
	 */
	public boolean isFailOnUnknownKeys() {
		return this.failOnUnknownKeys;
	}

	/**
	 * Sets whether an unknown {@code pagerduty.*} key fails the application's start
	 * ({@code pagerduty.fail-on-unknown-keys}).
	 * @param failOnUnknownKeys {@code true} to fail the start, {@code false} to log a
	 * warning only
	 */
	public void setFailOnUnknownKeys(boolean failOnUnknownKeys) {
		this.failOnUnknownKeys = failOnUnknownKeys;
	}

	/**
	 * Returns the REST API v2 credential ({@code pagerduty.api-key}).
	 * @return the API key, or {@code null} if none is configured
	 */
	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	/**
	 * Sets the REST API v2 credential ({@code pagerduty.api-key}). A key creates the
	 * {@code RestApiV2Client} bean; {@code toString()} masks it.
	 * @param apiKey the API key, or {@code null} for none
	 */
	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * Returns how the API key is sent in the {@code Authorization} header
	 * ({@code pagerduty.auth-type}).
	 * @return the authorization scheme, {@link AuthType#TOKEN} by default
	 */
	public AuthType getAuthType() {
		return this.authType;
	}

	/**
	 * Sets how the API key is sent in the {@code Authorization} header
	 * ({@code pagerduty.auth-type}).
	 * @param authType the authorization scheme
	 */
	public void setAuthType(AuthType authType) {
		this.authType = authType;
	}

	/**
	 * Returns the PagerDuty service region, which chooses every client's default base URL
	 * ({@code pagerduty.region}).
	 * @return the region, {@link Region#US} by default
	 */
	public Region getRegion() {
		return this.region;
	}

	/**
	 * Sets the PagerDuty service region, which chooses every client's default base URL
	 * ({@code pagerduty.region}).
	 * @param region the region
	 */
	public void setRegion(Region region) {
		this.region = region;
	}

	/**
	 * Returns the REST API v2 base URL that overrides the region's default
	 * ({@code pagerduty.url}).
	 * @return the base URL, or {@code null} to use the region's default
	 */
	public @Nullable String getUrl() {
		return this.url;
	}

	/**
	 * Sets the REST API v2 base URL that overrides the region's default
	 * ({@code pagerduty.url}).
	 * @param url the base URL; blank or {@code null} keeps the region's default
	 * @throws IllegalArgumentException naming the property if the URL is not a valid base
	 * URL
	 */
	public void setUrl(@Nullable String url) {
		this.url = validUrl(url, "pagerduty.url");
	}

	/**
	 * Returns the email address sent as the {@code From} header of REST requests
	 * ({@code pagerduty.default-from}).
	 * @return the email address, or {@code null} if none is sent
	 */
	public @Nullable String getDefaultFrom() {
		return this.defaultFrom;
	}

	/**
	 * Sets the email address sent as the {@code From} header of REST requests
	 * ({@code pagerduty.default-from}).
	 * @param defaultFrom the email address, or {@code null} to send none
	 */
	public void setDefaultFrom(@Nullable String defaultFrom) {
		this.defaultFrom = defaultFrom;
	}

	/**
	 * Returns the number of results the pagination helpers request per page
	 * ({@code pagerduty.page-size}).
	 * @return the page size, 100 by default
	 */
	public int getPageSize() {
		return this.pageSize;
	}

	/**
	 * Sets the number of results the pagination helpers request per page
	 * ({@code pagerduty.page-size}).
	 * @param pageSize the page size, at least 1
	 * @throws IllegalArgumentException if the page size is less than 1
	 */
	public void setPageSize(int pageSize) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("pagerduty.page-size must be at least 1, was " + pageSize);
		}
		this.pageSize = pageSize;
	}

	/**
	 * Returns whether clients log one line per HTTP attempt at INFO instead of DEBUG
	 * ({@code pagerduty.debug}).
	 * @return {@code true} to log attempts at INFO
	 */
	public boolean isDebug() {
		return this.debug;
	}

	/**
	 * Sets whether clients log one line per HTTP attempt at INFO instead of DEBUG
	 * ({@code pagerduty.debug}).
	 * @param debug {@code true} to log attempts at INFO
	 */
	public void setDebug(boolean debug) {
		this.debug = debug;
	}

	/**
	 * Returns the read timeout of HTTP requests ({@code pagerduty.timeout}).
	 * @return the read timeout, 60 seconds by default
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Sets the read timeout of HTTP requests ({@code pagerduty.timeout}).
	 * @param timeout the read timeout; positive
	 * @throws IllegalArgumentException if the timeout is not positive
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = positive(timeout, "pagerduty.timeout");
	}

	/**
	 * Returns the connect timeout of HTTP requests ({@code pagerduty.connect-timeout}).
	 * @return the connect timeout, 10 seconds by default
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Sets the connect timeout of HTTP requests ({@code pagerduty.connect-timeout}).
	 * @param connectTimeout the connect timeout; positive
	 * @throws IllegalArgumentException if the timeout is not positive
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = positive(connectTimeout, "pagerduty.connect-timeout");
	}

	/**
	 * Returns the HTTP proxy settings used by all clients ({@code pagerduty.proxy.*}).
	 * @return the proxy settings, never {@code null}
	 */
	public Proxy getProxy() {
		return this.proxy;
	}

	/**
	 * Returns the retry settings of the REST and integration clients, merged over each
	 * client's preset ({@code pagerduty.retry.*}).
	 * @return the retry settings, never {@code null}
	 */
	public RetryProperties getRetry() {
		return this.retry;
	}

	/**
	 * Returns the settings of the Events API v2 client ({@code pagerduty.events.*}).
	 * @return the Events settings, never {@code null}
	 */
	public Events getEvents() {
		return this.events;
	}

	/**
	 * Returns the settings of the OAuth token client and the app-token REST client
	 * ({@code pagerduty.oauth.*}).
	 * @return the OAuth settings, never {@code null}
	 */
	public OAuth getOauth() {
		return this.oauth;
	}

	/**
	 * Returns the settings of the health contributor ({@code pagerduty.health.*}).
	 * @return the health settings, never {@code null}
	 */
	public Health getHealth() {
		return this.health;
	}

	@Override
	public String toString() {
		return "PagerDutyProperties[apiKey=" + Secrets.mask(this.apiKey) + ", region=" + this.region + ", url="
				+ this.url + ", events=" + this.events + ", oauth=" + this.oauth + "]";
	}

	static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static String required(@Nullable String value, String property) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(property + " must not be blank");
		}
		return value;
	}

	static @Nullable String validUrl(@Nullable String url, String property) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			BaseUrls.requireValid(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + ": " + ex.getMessage());
		}
		return url;
	}

	static Duration positive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + duration);
		}
		return duration;
	}

	/**
	 * HTTP proxy.
	 */
	public static class Proxy {

		/**
		 * Proxy host.
		 */
		private @Nullable String host;

		/**
		 * Proxy port.
		 */
		private @Nullable Integer port;

		/**
		 * Returns the proxy host ({@code pagerduty.proxy.host}).
		 * @return the host, or {@code null} if no proxy is used
		 */
		public @Nullable String getHost() {
			return this.host;
		}

		/**
		 * Sets the proxy host ({@code pagerduty.proxy.host}).
		 * @param host the host, or {@code null} for no proxy
		 */
		public void setHost(@Nullable String host) {
			this.host = host;
		}

		/**
		 * Returns the proxy port ({@code pagerduty.proxy.port}).
		 * @return the port, or {@code null} if unset
		 */
		public @Nullable Integer getPort() {
			return this.port;
		}

		/**
		 * Sets the proxy port ({@code pagerduty.proxy.port}).
		 * @param port the port between 1 and 65535, or {@code null}
		 * @throws IllegalArgumentException if the port is outside 1 to 65535
		 */
		public void setPort(@Nullable Integer port) {
			if (port != null && (port < 1 || port > 65535)) {
				throw new IllegalArgumentException("pagerduty.proxy.port must be between 1 and 65535, was " + port);
			}
			this.port = port;
		}

	}

	/**
	 * Events API v2 client.
	 */
	public static class Events {

		/**
		 * Integration (routing) key. Setting it creates the EventsApiV2Client bean.
		 */
		private @Nullable String routingKey;

		/**
		 * Events API base URL, overriding the region's default.
		 */
		private @Nullable String url;

		/**
		 * Retries of the Events client, merged over its preset (500×2, 502×4, 503×6,
		 * 504×6).
		 */
		@NestedConfigurationProperty
		private final RetryProperties retry = new RetryProperties();

		/**
		 * Returns the integration (routing) key of the Events API v2 client
		 * ({@code pagerduty.events.routing-key}).
		 * @return the routing key, or {@code null} if none is configured
		 */
		public @Nullable String getRoutingKey() {
			return this.routingKey;
		}

		/**
		 * Sets the integration (routing) key of the Events API v2 client
		 * ({@code pagerduty.events.routing-key}). A key creates the
		 * {@code EventsApiV2Client} bean; {@code toString()} masks it.
		 * @param routingKey the routing key, or {@code null} for none
		 */
		public void setRoutingKey(@Nullable String routingKey) {
			this.routingKey = routingKey;
		}

		/**
		 * Returns the Events API base URL that overrides the region's default
		 * ({@code pagerduty.events.url}).
		 * @return the base URL, or {@code null} to use the region's default
		 */
		public @Nullable String getUrl() {
			return this.url;
		}

		/**
		 * Sets the Events API base URL that overrides the region's default
		 * ({@code pagerduty.events.url}).
		 * @param url the base URL; blank or {@code null} keeps the region's default
		 * @throws IllegalArgumentException naming the property if the URL is not a valid
		 * base URL
		 */
		public void setUrl(@Nullable String url) {
			this.url = validUrl(url, "pagerduty.events.url");
		}

		/**
		 * Returns the retry settings of the Events client, merged over its preset
		 * ({@code pagerduty.events.retry.*}).
		 * @return the retry settings, never {@code null}
		 */
		public RetryProperties getRetry() {
			return this.retry;
		}

		@Override
		public String toString() {
			return "Events[routingKey=" + Secrets.mask(this.routingKey) + ", url=" + this.url + "]";
		}

	}

	/**
	 * Settings of the OAuth token client and of the REST client that uses a scoped app
	 * token.
	 */
	public static class OAuth {

		/**
		 * OAuth client id of the PagerDuty app. Setting it creates the OAuthTokenClient
		 * bean.
		 */
		private @Nullable String clientId;

		/**
		 * OAuth client secret of the PagerDuty app.
		 */
		private @Nullable String clientSecret;

		/**
		 * Scope of the scoped app token, for example "as_account-us.acme incidents.read".
		 * With client id and secret but no api-key, the RestApiV2Client bean uses a
		 * self-refreshing app token.
		 */
		private @Nullable String scope;

		/**
		 * Redirect URI registered for the authorization-code flow.
		 */
		private @Nullable String redirectUri;

		/**
		 * Identity service base URL override.
		 */
		private @Nullable String url;

		/**
		 * How long before expiry tokens are refreshed.
		 */
		private Duration earlyRefreshBuffer = Duration.ofHours(24);

		/**
		 * Returns the OAuth client id of the PagerDuty app
		 * ({@code pagerduty.oauth.client-id}).
		 * @return the client id, or {@code null} if none is configured
		 */
		public @Nullable String getClientId() {
			return this.clientId;
		}

		/**
		 * Sets the OAuth client id of the PagerDuty app
		 * ({@code pagerduty.oauth.client-id}). An id creates the {@code OAuthTokenClient}
		 * bean.
		 * @param clientId the client id, or {@code null} for none
		 */
		public void setClientId(@Nullable String clientId) {
			this.clientId = clientId;
		}

		/**
		 * Returns the OAuth client secret of the PagerDuty app
		 * ({@code pagerduty.oauth.client-secret}).
		 * @return the client secret, or {@code null} if none is configured
		 */
		public @Nullable String getClientSecret() {
			return this.clientSecret;
		}

		/**
		 * Sets the OAuth client secret of the PagerDuty app
		 * ({@code pagerduty.oauth.client-secret}). {@code toString()} masks it.
		 * @param clientSecret the client secret, or {@code null} for none
		 */
		public void setClientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
		}

		/**
		 * Returns the scope requested for the scoped app token
		 * ({@code pagerduty.oauth.scope}).
		 * @return the scope, or {@code null} if none is configured
		 */
		public @Nullable String getScope() {
			return this.scope;
		}

		/**
		 * Sets the scope requested for the scoped app token
		 * ({@code pagerduty.oauth.scope}).
		 * @param scope the space-separated scope, or {@code null} for none
		 */
		public void setScope(@Nullable String scope) {
			this.scope = scope;
		}

		/**
		 * Returns the redirect URI registered for the authorization-code flow
		 * ({@code pagerduty.oauth.redirect-uri}).
		 * @return the redirect URI, or {@code null} if none is configured
		 */
		public @Nullable String getRedirectUri() {
			return this.redirectUri;
		}

		/**
		 * Sets the redirect URI registered for the authorization-code flow
		 * ({@code pagerduty.oauth.redirect-uri}).
		 * @param redirectUri the redirect URI, or {@code null} for none
		 */
		public void setRedirectUri(@Nullable String redirectUri) {
			this.redirectUri = redirectUri;
		}

		/**
		 * Returns the identity service base URL that overrides the region's default
		 * ({@code pagerduty.oauth.url}).
		 * @return the base URL, or {@code null} to use the region's default
		 */
		public @Nullable String getUrl() {
			return this.url;
		}

		/**
		 * Sets the identity service base URL that overrides the region's default
		 * ({@code pagerduty.oauth.url}).
		 * @param url the base URL; blank or {@code null} keeps the region's default
		 * @throws IllegalArgumentException naming the property if the URL is not a valid
		 * base URL
		 */
		public void setUrl(@Nullable String url) {
			this.url = validUrl(url, "pagerduty.oauth.url");
		}

		/**
		 * Returns how long before their expiry tokens are refreshed
		 * ({@code pagerduty.oauth.early-refresh-buffer}).
		 * @return the buffer, 24 hours by default
		 */
		public Duration getEarlyRefreshBuffer() {
			return this.earlyRefreshBuffer;
		}

		/**
		 * Sets how long before their expiry tokens are refreshed
		 * ({@code pagerduty.oauth.early-refresh-buffer}).
		 * @param earlyRefreshBuffer the buffer; zero or more
		 * @throws IllegalArgumentException if the buffer is negative
		 */
		public void setEarlyRefreshBuffer(Duration earlyRefreshBuffer) {
			if (earlyRefreshBuffer == null || earlyRefreshBuffer.isNegative()) {
				throw new IllegalArgumentException(
						"pagerduty.oauth.early-refresh-buffer must not be negative, was " + earlyRefreshBuffer);
			}
			this.earlyRefreshBuffer = earlyRefreshBuffer;
		}

		@Override
		public String toString() {
			return "OAuth[clientId=" + this.clientId + ", clientSecret=" + Secrets.mask(this.clientSecret) + ", scope="
					+ this.scope + "]";
		}

	}

	/**
	 * Health contributor.
	 */
	public static class Health {

		/**
		 * How long a health result is reused before PagerDuty is asked again.
		 */
		private Duration cacheTtl = Duration.ofMinutes(1);

		/**
		 * Returns how long a health result is reused before PagerDuty is asked again
		 * ({@code pagerduty.health.cache-ttl}).
		 * @return the time to live, one minute by default
		 */
		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		/**
		 * Sets how long a health result is reused before PagerDuty is asked again
		 * ({@code pagerduty.health.cache-ttl}).
		 * @param cacheTtl the time to live; zero or more
		 * @throws IllegalArgumentException if the time to live is negative
		 */
		public void setCacheTtl(Duration cacheTtl) {
			if (cacheTtl == null || cacheTtl.isNegative()) {
				throw new IllegalArgumentException("pagerduty.health.cache-ttl must not be negative, was " + cacheTtl);
			}
			this.cacheTtl = cacheTtl;
		}

	}

	/**
	 * Retry settings, bound under {@code pagerduty.retry} and
	 * {@code pagerduty.events.retry}; unset values keep the client's preset.
	 */
	public static class RetryProperties {

		/**
		 * Cap on counted retries of statuses with a budget.
		 */
		private @Nullable Integer maxHttpAttempts;

		/**
		 * Retries after network failures.
		 */
		private @Nullable Integer maxNetworkAttempts;

		/**
		 * Seed of the first wait; the first wait is sleep-timer × sleep-timer-base.
		 */
		private @Nullable Duration sleepTimer;

		/**
		 * Growth factor of the waits.
		 */
		private @Nullable Double sleepTimerBase;

		/**
		 * Random jitter factor of the waits.
		 */
		private @Nullable Double staggerCooldown;

		/**
		 * Overall deadline for the retries of one call.
		 */
		private @Nullable Duration maxElapsed;

		/**
		 * Retry budget per HTTP status: -1 unlimited, 0 default handling, n retries.
		 */
		private Map<Integer, Integer> statuses = new LinkedHashMap<>();

		/**
		 * Returns the cap on counted retries of statuses with a budget
		 * ({@code max-http-attempts}).
		 * @return the cap, or {@code null} to keep the client's preset
		 */
		public @Nullable Integer getMaxHttpAttempts() {
			return this.maxHttpAttempts;
		}

		/**
		 * Sets the cap on counted retries of statuses with a budget
		 * ({@code max-http-attempts}).
		 * @param maxHttpAttempts the cap, or {@code null} to keep the client's preset
		 */
		public void setMaxHttpAttempts(@Nullable Integer maxHttpAttempts) {
			this.maxHttpAttempts = maxHttpAttempts;
		}

		/**
		 * Returns how many times a network failure is retried
		 * ({@code max-network-attempts}).
		 * @return the number of retries, or {@code null} to keep the client's preset
		 */
		public @Nullable Integer getMaxNetworkAttempts() {
			return this.maxNetworkAttempts;
		}

		/**
		 * Sets how many times a network failure is retried
		 * ({@code max-network-attempts}).
		 * @param maxNetworkAttempts the number of retries, or {@code null} to keep the
		 * client's preset
		 */
		public void setMaxNetworkAttempts(@Nullable Integer maxNetworkAttempts) {
			this.maxNetworkAttempts = maxNetworkAttempts;
		}

		/**
		 * Returns the seed of the first wait between retries ({@code sleep-timer}).
		 * @return the seed, or {@code null} to keep the client's preset
		 */
		public @Nullable Duration getSleepTimer() {
			return this.sleepTimer;
		}

		/**
		 * Sets the seed of the first wait between retries ({@code sleep-timer}).
		 * @param sleepTimer the seed, or {@code null} to keep the client's preset
		 */
		public void setSleepTimer(@Nullable Duration sleepTimer) {
			this.sleepTimer = sleepTimer;
		}

		/**
		 * Returns the factor by which each wait grows ({@code sleep-timer-base}).
		 * @return the growth factor, or {@code null} to keep the client's preset
		 */
		public @Nullable Double getSleepTimerBase() {
			return this.sleepTimerBase;
		}

		/**
		 * Sets the factor by which each wait grows ({@code sleep-timer-base}).
		 * @param sleepTimerBase the growth factor, or {@code null} to keep the client's
		 * preset
		 */
		public void setSleepTimerBase(@Nullable Double sleepTimerBase) {
			this.sleepTimerBase = sleepTimerBase;
		}

		/**
		 * Returns the random jitter factor of the waits ({@code stagger-cooldown}).
		 * @return the jitter factor, or {@code null} to keep the client's preset
		 */
		public @Nullable Double getStaggerCooldown() {
			return this.staggerCooldown;
		}

		/**
		 * Sets the random jitter factor of the waits ({@code stagger-cooldown}).
		 * @param staggerCooldown the jitter factor, or {@code null} to keep the client's
		 * preset
		 */
		public void setStaggerCooldown(@Nullable Double staggerCooldown) {
			this.staggerCooldown = staggerCooldown;
		}

		/**
		 * Returns the overall deadline for the retries of one call ({@code max-elapsed}).
		 * @return the deadline, or {@code null} to keep the client's preset
		 */
		public @Nullable Duration getMaxElapsed() {
			return this.maxElapsed;
		}

		/**
		 * Sets the overall deadline for the retries of one call ({@code max-elapsed}).
		 * @param maxElapsed the deadline, or {@code null} to keep the client's preset
		 */
		public void setMaxElapsed(@Nullable Duration maxElapsed) {
			this.maxElapsed = maxElapsed;
		}

		/**
		 * Returns the retry budget per HTTP status: -1 unlimited, 0 default handling, n
		 * retries ({@code statuses}).
		 * @return the budgets by status; empty by default
		 */
		public Map<Integer, Integer> getStatuses() {
			return this.statuses;
		}

		/**
		 * Sets the retry budget per HTTP status: -1 unlimited, 0 default handling, n
		 * retries ({@code statuses}).
		 * @param statuses the budgets by status
		 */
		public void setStatuses(Map<Integer, Integer> statuses) {
			this.statuses = statuses;
		}

	}

}
