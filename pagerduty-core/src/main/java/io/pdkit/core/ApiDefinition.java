package io.pdkit.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client class fixes about the API it talks to: its name (used in metrics),
 * default base URL per region, the HTTP methods it permits, headers it always sends and
 * its retry preset. Each client class declares one constant of this type.
 *
 * <pre>{@code
 * static final ApiDefinition API = new ApiDefinition("events", "https://events.pagerduty.com",
 *         "https://events.eu.pagerduty.com", Set.of("POST"), Map.of(), RetrySettings.defaults());
 * }</pre>
 *
 * @param name short API name, used as the {@code api} metric tag
 * @param usBaseUrl default base URL in {@link Region#US}
 * @param euBaseUrl default base URL in {@link Region#EU}
 * @param permittedMethods the upper-case HTTP methods this API accepts; others are
 * refused before sending
 * @param defaultHeaders headers sent with every request (a caller's per-request header
 * wins)
 * @param defaultRetrySettings the retry preset a builder starts from
 */
public record ApiDefinition(String name, String usBaseUrl, String euBaseUrl, Set<String> permittedMethods,
		Map<String, String> defaultHeaders, RetrySettings defaultRetrySettings) {

	/**
	 * Validates the definition, upper-cases the permitted methods and keeps unmodifiable
	 * copies of the methods and headers.
	 * @param name short API name, used as the {@code api} metric tag
	 * @param usBaseUrl default base URL in {@link Region#US}
	 * @param euBaseUrl default base URL in {@link Region#EU}
	 * @param permittedMethods the HTTP methods this API accepts, in any case
	 * @param defaultHeaders headers sent with every request
	 * @param defaultRetrySettings the retry preset a builder starts from
	 */
	public ApiDefinition {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(usBaseUrl, "usBaseUrl must not be null");
		Objects.requireNonNull(euBaseUrl, "euBaseUrl must not be null");
		Objects.requireNonNull(defaultRetrySettings, "defaultRetrySettings must not be null");
		TreeSet<String> methods = new TreeSet<>();
		permittedMethods.forEach(method -> methods.add(method.trim().toUpperCase(Locale.ROOT)));
		permittedMethods = java.util.Collections.unmodifiableSet(methods);
		defaultHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaultHeaders));
	}

	/**
	 * Returns the default base URL for a region.
	 * @param region the region
	 * @return the base URL
	 */
	public String baseUrl(Region region) {
		return (region == Region.EU) ? this.euBaseUrl : this.usBaseUrl;
	}

}
