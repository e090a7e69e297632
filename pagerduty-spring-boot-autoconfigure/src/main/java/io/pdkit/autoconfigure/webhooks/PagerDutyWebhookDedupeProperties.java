package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the webhook endpoint remembers accepted deliveries ({@code pagerduty.webhooks.dedupe.*}).
 */
@ConfigurationProperties("pagerduty.webhooks.dedupe")
public class PagerDutyWebhookDedupeProperties {

    /**
     * Where delivery ids are remembered: memory (this instance only; a redelivery reaching another instance is
     * handled again) or redis (shared by every instance through the application's StringRedisTemplate).
     */
    private Store store = Store.MEMORY;

    /**
     * How long a delivery id is remembered in Redis. Defaults to pagerduty.webhooks.dedup-window.
     */
    private @Nullable Duration ttl;

    /**
     * Prefix of the Redis keys that hold delivery ids.
     */
    private String keyPrefix = "pdkit:webhook:";

    public Store getStore() {
        return this.store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    public @Nullable Duration getTtl() {
        return this.ttl;
    }

    public void setTtl(@Nullable Duration ttl) {
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("pagerduty.webhooks.dedupe.ttl must be positive, was " + ttl);
        }
        this.ttl = ttl;
    }

    public String getKeyPrefix() {
        return this.keyPrefix;
    }

    public void setKeyPrefix(String keyPrefix) {
        if (keyPrefix == null || keyPrefix.isBlank()) {
            throw new IllegalArgumentException("pagerduty.webhooks.dedupe.key-prefix must not be blank");
        }
        this.keyPrefix = keyPrefix;
    }

    /**
     * Where delivery ids are remembered.
     */
    public enum Store {

        /**
         * In this instance's memory.
         */
        MEMORY,

        /**
         * In Redis, shared by every instance.
         */
        REDIS

    }

}
