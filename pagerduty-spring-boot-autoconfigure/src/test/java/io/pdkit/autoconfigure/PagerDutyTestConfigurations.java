package io.pdkit.autoconfigure;

import io.pdkit.autoconfigure.health.PagerDutyHealthContributorAutoConfiguration;
import io.pdkit.autoconfigure.metrics.PagerDutyMetricsAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;

final class PagerDutyTestConfigurations {

	private PagerDutyTestConfigurations() {
	}

	static AutoConfigurations pagerDuty() {
		return AutoConfigurations.of(PagerDutyAutoConfiguration.class, PagerDutyRestClientAutoConfiguration.class,
				PagerDutyEventsAutoConfiguration.class, PagerDutyOAuthAutoConfiguration.class,
				PagerDutyActuatorAutoConfiguration.class, PagerDutyHealthContributorAutoConfiguration.class,
				PagerDutyMetricsAutoConfiguration.class, PagerDutyIntegrationsAutoConfiguration.class,
				io.pdkit.autoconfigure.webhooks.PagerDutyWebhooksAutoConfiguration.class);
	}

	static AutoConfigurations bootHttp() {
		return AutoConfigurations.of(org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
				org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration.class,
				org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration.class,
				org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration.class);
	}

}
