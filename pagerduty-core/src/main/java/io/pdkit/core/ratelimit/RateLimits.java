package io.pdkit.core.ratelimit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget of each API, by the API's name ({@code rest}, {@code events}, …, as in
 * {@link io.pdkit.core.ApiDefinition#name()}). Calls to an API without a budget are not
 * limited.
 *
 * <pre>{@code
 * RateLimits limits = RateLimits.pagerDuty().with("rest", RateLimit.perMinute(600));
 * }</pre>
 *
 * @param byApi the budget of each API
 */
public record RateLimits(Map<String, RateLimit> byApi) {

	/**
	 * Keeps an unmodifiable copy of the map, in its iteration order.
	 * @param byApi the budget of each API, by the API's name
	 */
	public RateLimits {
		Objects.requireNonNull(byApi, "byApi must not be null");
		byApi = Collections.unmodifiableMap(new LinkedHashMap<>(byApi));
	}

	/**
	 * Returns PagerDuty's published limits: 960 REST requests a minute per credential and
	 * 120 events a minute per routing key.
	 * @return the limits
	 */
	public static RateLimits pagerDuty() {
		return new RateLimits(Map.of("rest", RateLimit.perMinute(960), "events", RateLimit.perMinute(120)));
	}

	/**
	 * Returns a copy with the budget of one API set.
	 * @param api the API's name
	 * @param limit its budget
	 * @return the changed limits
	 */
	public RateLimits with(String api, RateLimit limit) {
		Map<String, RateLimit> copy = new LinkedHashMap<>(this.byApi);
		copy.put(Objects.requireNonNull(api, "api must not be null"),
				Objects.requireNonNull(limit, "limit must not be null"));
		return new RateLimits(copy);
	}

	/**
	 * Returns the budget of an API.
	 * @param api the API's name
	 * @return the budget, or empty if calls to it are not limited
	 */
	public Optional<RateLimit> forApi(String api) {
		return Optional.ofNullable(this.byApi.get(api));
	}

}
