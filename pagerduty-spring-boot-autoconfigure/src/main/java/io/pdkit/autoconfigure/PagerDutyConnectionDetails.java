package io.pdkit.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where pdkit's clients connect and with which credentials. The starter reads URLs and
 * keys from this bean, not from {@code pagerduty.*} directly: by default it is backed by
 * the properties ({@code pagerduty.api-key}, {@code pagerduty.url},
 * {@code pagerduty.events.*}), and it backs off when the application or a test slice (for
 * example {@code @AutoConfigurePagerDutySimulator}) defines its own. A method returning
 * {@code null} leaves that setting to the properties and the client's defaults.
 *
 * <pre>{@code
 * &#64;Bean
 * PagerDutyConnectionDetails pagerDutyConnectionDetails(Vault vault) {
 *     return new PagerDutyConnectionDetails() {
 *         public String apiKey() { return vault.read("pagerduty/api-key"); }
 *         public String routingKey() { return vault.read("pagerduty/routing-key"); }
 *     };
 * }
 * }</pre>
 */
public interface PagerDutyConnectionDetails extends ConnectionDetails {

	/**
	 * Returns the REST API v2 credential; when it has text, a {@code RestApiV2Client} and
	 * the integration clients are created.
	 * @return the key, or {@code null} for none
	 */
	@Nullable String apiKey();

	/**
	 * Returns the Events API v2 routing key; when it has text, an
	 * {@code EventsApiV2Client} is created.
	 * @return the routing key, or {@code null} for none
	 */
	@Nullable String routingKey();

	/**
	 * Returns the REST API base URL.
	 * @return the URL, or {@code null} for the region's default
	 */
	default @Nullable String restUrl() {
		return null;
	}

	/**
	 * Returns the Events API base URL.
	 * @return the URL, or {@code null} for the region's default
	 */
	default @Nullable String eventsUrl() {
		return null;
	}

	/**
	 * Returns the email address sent as {@code From} on REST writes.
	 * @return the address, or {@code null} for {@code pagerduty.default-from}
	 */
	default @Nullable String defaultFrom() {
		return null;
	}

	/**
	 * Returns the base URL of an integration API client.
	 * @param name the integration's property name, for example {@code slack} or
	 * {@code ms-teams}
	 * @return the URL, or {@code null} for {@code pagerduty.integrations.<name>.url} or
	 * the region's default
	 */
	default @Nullable String integrationUrl(String name) {
		return null;
	}

}
