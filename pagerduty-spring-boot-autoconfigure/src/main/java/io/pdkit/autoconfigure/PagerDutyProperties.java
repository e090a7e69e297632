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
 * Configuration of pdkit's PagerDuty clients ({@code pagerduty.*}). Invalid values fail the application's
 * start with a message naming the property.
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
     * Email address sent as the From header of REST requests (needed by some actions with account keys).
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
     * Whether an unknown pagerduty.* key in the application's configuration fails the start (with the nearest
     * valid key in the report); false only logs a warning.
     */
    private boolean failOnUnknownKeys = true;

    public boolean isFailOnUnknownKeys() {
        return this.failOnUnknownKeys;
    }

    public void setFailOnUnknownKeys(boolean failOnUnknownKeys) {
        this.failOnUnknownKeys = failOnUnknownKeys;
    }

    public @Nullable String getApiKey() {
        return this.apiKey;
    }

    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }

    public AuthType getAuthType() {
        return this.authType;
    }

    public void setAuthType(AuthType authType) {
        this.authType = authType;
    }

    public Region getRegion() {
        return this.region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = validUrl(url, "pagerduty.url");
    }

    public @Nullable String getDefaultFrom() {
        return this.defaultFrom;
    }

    public void setDefaultFrom(@Nullable String defaultFrom) {
        this.defaultFrom = defaultFrom;
    }

    public int getPageSize() {
        return this.pageSize;
    }

    public void setPageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pagerduty.page-size must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    public boolean isDebug() {
        return this.debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public Duration getTimeout() {
        return this.timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = positive(timeout, "pagerduty.timeout");
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "pagerduty.connect-timeout");
    }

    public Proxy getProxy() {
        return this.proxy;
    }

    public RetryProperties getRetry() {
        return this.retry;
    }

    public Events getEvents() {
        return this.events;
    }

    public OAuth getOauth() {
        return this.oauth;
    }

    public Health getHealth() {
        return this.health;
    }

    @Override
    public String toString() {
        return "PagerDutyProperties[apiKey=" + Secrets.mask(this.apiKey) + ", region=" + this.region + ", url=" + this.url
                + ", events=" + this.events + ", oauth=" + this.oauth + "]";
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

        public @Nullable String getHost() {
            return this.host;
        }

        public void setHost(@Nullable String host) {
            this.host = host;
        }

        public @Nullable Integer getPort() {
            return this.port;
        }

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
         * Retries of the Events client, merged over its preset (500×2, 502×4, 503×6, 504×6).
         */
        @NestedConfigurationProperty
        private final RetryProperties retry = new RetryProperties();

        public @Nullable String getRoutingKey() {
            return this.routingKey;
        }

        public void setRoutingKey(@Nullable String routingKey) {
            this.routingKey = routingKey;
        }

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = validUrl(url, "pagerduty.events.url");
        }

        public RetryProperties getRetry() {
            return this.retry;
        }

        @Override
        public String toString() {
            return "Events[routingKey=" + Secrets.mask(this.routingKey) + ", url=" + this.url + "]";
        }

    }

    /**
     * OAuth.
     */
    public static class OAuth {

        /**
         * OAuth client id of the PagerDuty app. Setting it creates the OAuthTokenClient bean.
         */
        private @Nullable String clientId;

        /**
         * OAuth client secret of the PagerDuty app.
         */
        private @Nullable String clientSecret;

        /**
         * Scope of the scoped app token, for example "as_account-us.acme incidents.read". With client id and
         * secret but no api-key, the RestApiV2Client bean uses a self-refreshing app token.
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

        public @Nullable String getClientId() {
            return this.clientId;
        }

        public void setClientId(@Nullable String clientId) {
            this.clientId = clientId;
        }

        public @Nullable String getClientSecret() {
            return this.clientSecret;
        }

        public void setClientSecret(@Nullable String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public @Nullable String getScope() {
            return this.scope;
        }

        public void setScope(@Nullable String scope) {
            this.scope = scope;
        }

        public @Nullable String getRedirectUri() {
            return this.redirectUri;
        }

        public void setRedirectUri(@Nullable String redirectUri) {
            this.redirectUri = redirectUri;
        }

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = validUrl(url, "pagerduty.oauth.url");
        }

        public Duration getEarlyRefreshBuffer() {
            return this.earlyRefreshBuffer;
        }

        public void setEarlyRefreshBuffer(Duration earlyRefreshBuffer) {
            if (earlyRefreshBuffer == null || earlyRefreshBuffer.isNegative()) {
                throw new IllegalArgumentException("pagerduty.oauth.early-refresh-buffer must not be negative, was " + earlyRefreshBuffer);
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

        public Duration getCacheTtl() {
            return this.cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            if (cacheTtl == null || cacheTtl.isNegative()) {
                throw new IllegalArgumentException("pagerduty.health.cache-ttl must not be negative, was " + cacheTtl);
            }
            this.cacheTtl = cacheTtl;
        }

    }

    /**
     * Retry settings; unset values keep the client's preset.
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

        public @Nullable Integer getMaxHttpAttempts() {
            return this.maxHttpAttempts;
        }

        public void setMaxHttpAttempts(@Nullable Integer maxHttpAttempts) {
            this.maxHttpAttempts = maxHttpAttempts;
        }

        public @Nullable Integer getMaxNetworkAttempts() {
            return this.maxNetworkAttempts;
        }

        public void setMaxNetworkAttempts(@Nullable Integer maxNetworkAttempts) {
            this.maxNetworkAttempts = maxNetworkAttempts;
        }

        public @Nullable Duration getSleepTimer() {
            return this.sleepTimer;
        }

        public void setSleepTimer(@Nullable Duration sleepTimer) {
            this.sleepTimer = sleepTimer;
        }

        public @Nullable Double getSleepTimerBase() {
            return this.sleepTimerBase;
        }

        public void setSleepTimerBase(@Nullable Double sleepTimerBase) {
            this.sleepTimerBase = sleepTimerBase;
        }

        public @Nullable Double getStaggerCooldown() {
            return this.staggerCooldown;
        }

        public void setStaggerCooldown(@Nullable Double staggerCooldown) {
            this.staggerCooldown = staggerCooldown;
        }

        public @Nullable Duration getMaxElapsed() {
            return this.maxElapsed;
        }

        public void setMaxElapsed(@Nullable Duration maxElapsed) {
            this.maxElapsed = maxElapsed;
        }

        public Map<Integer, Integer> getStatuses() {
            return this.statuses;
        }

        public void setStatuses(Map<Integer, Integer> statuses) {
            this.statuses = statuses;
        }

    }

}
