package io.pdkit.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.core.ratelimit.RateLimit;
import io.pdkit.core.ratelimit.RateLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the client-side rate limiter ({@code pagerduty.rate-limit.*}). Invalid
 * values fail the application's start with a message naming the property.
 */
@ConfigurationProperties("pagerduty.rate-limit")
public class PagerDutyRateLimitProperties {

	/**
	 * Whether every PagerDuty client waits on a token bucket per API and credential
	 * before sending.
	 */
	private boolean enabled;

	/**
	 * Where the buckets live: memory (this instance only) or redis (shared by every
	 * instance through Bucket4j on the application's Spring Data Redis connection).
	 */
	private Store store = Store.MEMORY;

	/**
	 * Most requests per minute per API and credential, by API name (rest, events, …).
	 * APIs not listed are not limited.
	 */
	private Map<String, Integer> requestsPerMinute = new LinkedHashMap<>(Map.of("rest", 960, "events", 120));

	/**
	 * Bucket capacity per API: requests that may be sent at once before the others are
	 * spread over the minute. Defaults to a twentieth of the API's requests per minute.
	 */
	private Map<String, Integer> burst = new LinkedHashMap<>();

	/**
	 * Longest wait for an answer from Redis; after that the call is limited in memory and
	 * Redis is tried again 5 seconds later.
	 */
	private Duration redisTimeout = Duration.ofSeconds(1);

	/**
	 * Returns whether every PagerDuty client waits on a token bucket per API and
	 * credential before sending ({@code pagerduty.rate-limit.enabled}).
	 * @return {@code true} if client-side rate limiting is on (off by default)
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Sets whether every PagerDuty client waits on a token bucket per API and credential
	 * before sending ({@code pagerduty.rate-limit.enabled}).
	 * @param enabled {@code true} to turn client-side rate limiting on
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Returns where the token buckets live ({@code pagerduty.rate-limit.store}).
	 * @return the store, {@link Store#MEMORY} by default
	 */
	public Store getStore() {
		return this.store;
	}

	/**
	 * Sets where the token buckets live ({@code pagerduty.rate-limit.store}).
	 * @param store the store
	 */
	public void setStore(Store store) {
		this.store = store;
	}

	/**
	 * Returns the most requests per minute per API and credential, by API name
	 * ({@code pagerduty.rate-limit.requests-per-minute}).
	 * @return the limits by API name; {@code rest} 960 and {@code events} 120 by default
	 */
	public Map<String, Integer> getRequestsPerMinute() {
		return this.requestsPerMinute;
	}

	/**
	 * Sets the most requests per minute per API and credential, by API name
	 * ({@code pagerduty.rate-limit.requests-per-minute}).
	 * @param requestsPerMinute the limits by API name, each at least 1; APIs not listed
	 * are not limited
	 * @throws IllegalArgumentException naming the property if a limit is missing or less
	 * than 1
	 */
	public void setRequestsPerMinute(Map<String, Integer> requestsPerMinute) {
		requestsPerMinute.forEach((api, permits) -> {
			if (permits == null || permits < 1) {
				throw new IllegalArgumentException(
						"pagerduty.rate-limit.requests-per-minute." + api + " must be at least 1, was " + permits);
			}
		});
		this.requestsPerMinute = new LinkedHashMap<>(requestsPerMinute);
	}

	/**
	 * Returns the bucket capacity per API, by API name
	 * ({@code pagerduty.rate-limit.burst}).
	 * @return the capacities by API name; an API not listed gets a twentieth of its
	 * requests per minute (at least 1)
	 */
	public Map<String, Integer> getBurst() {
		return this.burst;
	}

	/**
	 * Sets the bucket capacity per API, by API name ({@code pagerduty.rate-limit.burst}).
	 * @param burst the capacities by API name; checked by {@link #toRateLimits()}
	 */
	public void setBurst(Map<String, Integer> burst) {
		this.burst = new LinkedHashMap<>(burst);
	}

	/**
	 * Returns the longest wait for an answer from Redis before the call is limited in
	 * memory ({@code pagerduty.rate-limit.redis-timeout}).
	 * @return the timeout, one second by default
	 */
	public Duration getRedisTimeout() {
		return this.redisTimeout;
	}

	/**
	 * Sets the longest wait for an answer from Redis before the call is limited in memory
	 * ({@code pagerduty.rate-limit.redis-timeout}).
	 * @param redisTimeout the timeout; positive
	 * @throws IllegalArgumentException if the timeout is not positive
	 */
	public void setRedisTimeout(Duration redisTimeout) {
		if (redisTimeout == null || redisTimeout.isNegative() || redisTimeout.isZero()) {
			throw new IllegalArgumentException(
					"pagerduty.rate-limit.redis-timeout must be positive, was " + redisTimeout);
		}
		this.redisTimeout = redisTimeout;
	}

	/**
	 * Builds the budget of each API.
	 * @return the limits
	 * @throws IllegalArgumentException naming the property if a burst is out of range
	 */
	public RateLimits toRateLimits() {
		Map<String, RateLimit> limits = new LinkedHashMap<>();
		this.requestsPerMinute.forEach((api, permits) -> {
			RateLimit limit = RateLimit.perMinute(permits);
			Integer burst = this.burst.get(api);
			if (burst != null) {
				if (burst < 1 || burst > permits) {
					throw new IllegalArgumentException("pagerduty.rate-limit.burst." + api + " must be between 1 and "
							+ permits + ", was " + burst);
				}
				limit = limit.withBurst(burst);
			}
			limits.put(api, limit);
		});
		return new RateLimits(limits);
	}

	/**
	 * Where rate-limit buckets live.
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
