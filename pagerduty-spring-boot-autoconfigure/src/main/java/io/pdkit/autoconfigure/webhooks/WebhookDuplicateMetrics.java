package io.pdkit.autoconfigure.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts duplicate deliveries dropped by the endpoint as
 * {@code pagerduty.webhooks.duplicates}.
 */
final class WebhookDuplicateMetrics implements Runnable {

	static final String METRIC = "pagerduty.webhooks.duplicates";

	private final ObjectProvider<MeterRegistry> registry;

	WebhookDuplicateMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void run() {
		MeterRegistry meters = this.registry.getIfUnique();
		if (meters != null) {
			Counter.builder(METRIC)
				.description("PagerDuty webhook deliveries dropped as duplicates")
				.register(meters)
				.increment();
		}
	}

}
