package io.pdkit.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.autoconfigure.PagerDutyAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyEventsAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyOAuthAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyProperties;
import io.pdkit.autoconfigure.PagerDutyRestClientAutoConfiguration;
import io.pdkit.core.Secrets;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.health.PagerDutyHealthIndicator;
import io.pdkit.oauth.OAuthTokenClient;
import io.pdkit.rest.RestApiV2Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code pagerduty} health contributor when a {@link RestApiV2Client} bean
 * exists ({@code management.health.pagerduty.enabled} turns it off).
 */
@AutoConfiguration(after = { PagerDutyAutoConfiguration.class, PagerDutyRestClientAutoConfiguration.class,
		PagerDutyEventsAutoConfiguration.class, PagerDutyOAuthAutoConfiguration.class })
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(RestApiV2Client.class)
@ConditionalOnEnabledHealthIndicator("pagerduty")
public final class PagerDutyHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "pagerdutyHealthIndicator")
	PagerDutyHealthIndicator pagerdutyHealthIndicator(RestApiV2Client client, PagerDutyProperties properties,
			ObjectProvider<EventsApiV2Client> events, ObjectProvider<OAuthTokenClient> oauth) {
		Map<String, Object> configured = new LinkedHashMap<>();
		events.ifAvailable(client1 -> configured.put("events",
				Map.of("baseUrl", client1.baseUrl(), "routingKey", client1.maskedCredential())));
		oauth.ifAvailable(client1 -> configured.put("oauth", Map.of("baseUrl", client1.baseUrl(), "clientId",
				client1.clientId(), "clientSecret", Secrets.mask(properties.getOauth().getClientSecret()))));
		return new PagerDutyHealthIndicator(client, properties.getHealth().getCacheTtl(), Clock.systemUTC(),
				configured);
	}

}
