package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the webhook endpoint remembers accepted deliveries
 * ({@code pagerduty.webhooks.dedupe.*}).
 */
@ConfigurationProperties("pagerduty.webhooks.dedupe")
public class PagerDutyWebhookDedupeProperties {

	/**
	 * Where delivery ids are remembered: memory (this instance only; a redelivery
	 * reaching another instance is handled again) or redis (shared by every instance
	 * through the application's StringRedisTemplate).
	 */
	private Store store = Store.MEMORY;

	/**
	 * How long a delivery id is remembered in Redis. Defaults to
	 * pagerduty.webhooks.dedup-window.
	 */
	private @Nullable Duration ttl;

	/**
	 * Prefix of the Redis keys that hold delivery ids.
	 */
	private String keyPrefix = "pdkit:webhook:";

	/**
	 * Longest wait for Redis before a delivery is de-duplicated in this instance's memory
	 * (Redis is tried again 5 seconds later), whatever spring.data.redis.timeout says.
	 */
	private Duration redisTimeout = Duration.ofSeconds(1);

	/**
	 * Returns where the ids of accepted deliveries are remembered
	 * ({@code pagerduty.webhooks.dedupe.store}).
	 * @return the store, {@link Store#MEMORY} by default
	 */
	public Store getStore() {
		return this.store;
	}

	/**
	 * Sets where the ids of accepted deliveries are remembered
	 * ({@code pagerduty.webhooks.dedupe.store}).
	 * @param store the store
	 */
	public void setStore(Store store) {
		this.store = store;
	}

	/**
	 * Returns how long a delivery id is remembered in Redis
	 * ({@code pagerduty.webhooks.dedupe.ttl}).
	 * @return the time to live, or {@code null} to use
	 * {@code pagerduty.webhooks.dedup-window}
	 */
	public @Nullable Duration getTtl() {
		return this.ttl;
	}

	/**
	 * Sets how long a delivery id is remembered in Redis
	 * ({@code pagerduty.webhooks.dedupe.ttl}).
	 * @param ttl the time to live, positive, or {@code null} to use
	 * {@code pagerduty.webhooks.dedup-window}
	 * @throws IllegalArgumentException if the time to live is zero or negative
	 */
	public void setTtl(@Nullable Duration ttl) {
		if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
			throw new IllegalArgumentException("pagerduty.webhooks.dedupe.ttl must be positive, was " + ttl);
		}
		this.ttl = ttl;
	}

	/**
	 * Returns the prefix of the Redis keys that hold delivery ids
	 * ({@code pagerduty.webhooks.dedupe.key-prefix}).
	 * @return the prefix, {@code pdkit:webhook:} by default
	 */
	public String getKeyPrefix() {
		return this.keyPrefix;
	}

	/**
	 * Sets the prefix of the Redis keys that hold delivery ids
	 * ({@code pagerduty.webhooks.dedupe.key-prefix}).
	 * @param keyPrefix the prefix; not blank
	 * @throws IllegalArgumentException if the prefix is blank
	 */
	public void setKeyPrefix(String keyPrefix) {
		if (keyPrefix == null || keyPrefix.isBlank()) {
			throw new IllegalArgumentException("pagerduty.webhooks.dedupe.key-prefix must not be blank");
		}
		this.keyPrefix = keyPrefix;
	}

	/**
	 * Returns the longest wait for Redis
	 * ({@code pagerduty.webhooks.dedupe.redis-timeout}).
	 * @return the timeout, 1 second by default
	 */
	public Duration getRedisTimeout() {
		return this.redisTimeout;
	}

	/**
	 * Sets the longest wait for Redis ({@code pagerduty.webhooks.dedupe.redis-timeout}).
	 * @param redisTimeout the timeout; positive
	 * @throws IllegalArgumentException if the timeout is missing, zero or negative
	 */
	public void setRedisTimeout(Duration redisTimeout) {
		if (redisTimeout == null || redisTimeout.isNegative() || redisTimeout.isZero()) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.dedupe.redis-timeout must be positive, was " + redisTimeout);
		}
		this.redisTimeout = redisTimeout;
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
