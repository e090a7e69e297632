package io.pdkit.autoconfigure;

import io.pdkit.events.EventsApiV2Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Creates the {@link EventsApiV2Client} bean when {@code pagerduty.events.routing-key}
 * has text or a {@link PagerDutyConnectionDetails} bean of the application's provides it,
 * unless the application defines its own. {@code pagerduty.events.retry.*} merges over
 * the client's preset.
 */
@AutoConfiguration(after = PagerDutyAutoConfiguration.class)
@ConditionalOnClass(EventsApiV2Client.class)
@ConditionalOnPagerDutyCredential(value = "pagerduty.events.routing-key", orConnectionDetails = true)
public final class PagerDutyEventsAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EventsApiV2Client eventsApiV2Client(PagerDutyClientConfigurer configurer) {
		PagerDutyProperties.Events events = configurer.properties().getEvents();
		PagerDutyConnectionDetails details = configurer.connectionDetails();
		String routingKey = PagerDutyProperties.required(details.routingKey(), "pagerduty.events.routing-key");
		EventsApiV2Client.Builder builder = EventsApiV2Client.builder(routingKey);
		return configurer.configure(builder, details.eventsUrl(), events.getRetry(), "pagerduty.events.retry").build();
	}

}
