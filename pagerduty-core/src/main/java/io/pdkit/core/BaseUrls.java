package io.pdkit.core;

import io.pdkit.core.internal.BaseUrl;

/**
 * Checks a base URL the way every client builder does, for code that validates
 * configuration before it builds a client (the Spring Boot starter checks
 * {@code pagerduty.url} at bind time with it).
 *
 * <pre>{@code
 * BaseUrls.requireValid("https://api.eu.pagerduty.com");   // fine
 * BaseUrls.requireValid("http://api.pagerduty.com");       // IllegalArgumentException: https only, except loopback
 * }</pre>
 */
public final class BaseUrls {

	private BaseUrls() {
	}

	/**
	 * Refuses a base URL that a client builder would refuse: not absolute, not
	 * {@code https://} (except loopback hosts), with a query, a fragment or user
	 * information.
	 * @param baseUrl the URL to check
	 * @throws IllegalArgumentException with a message that quotes the URL without secrets
	 */
	public static void requireValid(String baseUrl) {
		BaseUrl.parse(baseUrl);
	}

}
