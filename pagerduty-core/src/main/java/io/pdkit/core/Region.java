package io.pdkit.core;

/**
 * A PagerDuty service region. Each client maps the region to its own default base URL,
 * for example {@code https://api.pagerduty.com} (US) or
 * {@code https://api.eu.pagerduty.com} (EU) for REST API v2.
 *
 * <pre>{@code
 * RestApiV2Client client = RestApiV2Client.builder(apiKey).region(Region.EU).build();
 * }</pre>
 */
public enum Region {

	/** The United States service region (the default). */
	US,

	/** The European Union service region. */
	EU

}
