package io.pdkit.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * The default {@link PagerDutyConnectionDetails}: {@code pagerduty.api-key},
 * {@code pagerduty.url}, {@code pagerduty.default-from},
 * {@code pagerduty.events.routing-key} and {@code pagerduty.events.url}. Blank values
 * count as absent, so that {@code ${PAGERDUTY_API_KEY:}} with no variable set creates no
 * client.
 */
final class PropertiesPagerDutyConnectionDetails implements PagerDutyConnectionDetails {

	private final PagerDutyProperties properties;

	PropertiesPagerDutyConnectionDetails(PagerDutyProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable String apiKey() {
		return text(this.properties.getApiKey());
	}

	@Override
	public @Nullable String routingKey() {
		return text(this.properties.getEvents().getRoutingKey());
	}

	@Override
	public @Nullable String restUrl() {
		return text(this.properties.getUrl());
	}

	@Override
	public @Nullable String eventsUrl() {
		return text(this.properties.getEvents().getUrl());
	}

	@Override
	public @Nullable String defaultFrom() {
		return text(this.properties.getDefaultFrom());
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	@Override
	public String toString() {
		return "PropertiesPagerDutyConnectionDetails[" + this.properties + "]";
	}

}
