package io.pdkit.test.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.test.PagerDutySimulator;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The {@code pagerduty.*} properties that point pdkit's Spring Boot starter at a
 * simulator: REST and Events URLs, the API key, a valid {@code From} address and the
 * account's first routing key (blank when the account has none, so that no Events client
 * is created). The OAuth and Jira Server credentials are blanked, so that a test never
 * sends a real credential to PagerDuty.
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static PagerDutySimulatorExtension pagerDuty = new PagerDutySimulatorExtension();
 *
 *

&#64;DynamicPropertySource
 * static void pagerDutyProperties(DynamicPropertyRegistry registry) {
 *     PagerDutySimulatorProperties.register(pagerDuty.simulator(), registry);
 * }
 * }</pre>
 */
public final class PagerDutySimulatorProperties {

	private PagerDutySimulatorProperties() {
	}

	/**
	 * Returns the properties for a started simulator.
	 * @param simulator the simulator
	 * @return property names and values, in a stable order
	 */
	public static Map<String, Object> of(PagerDutySimulator simulator) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("pagerduty.api-key", simulator.apiKey());
		properties.put("pagerduty.url", simulator.restBaseUrl());
		properties.put("pagerduty.default-from", simulator.ownerEmail());
		properties.put("pagerduty.events.routing-key",
				simulator.routingKeys().isEmpty() ? "" : simulator.routingKeys().get(0));
		properties.put("pagerduty.events.url", simulator.eventsBaseUrl());
		properties.put("pagerduty.oauth.client-id", "");
		properties.put("pagerduty.oauth.client-secret", "");
		properties.put("pagerduty.integrations.jira-server.access-token", "");
		properties.put("pagerduty.integrations.jira-server.signature-token", "");
		return properties;
	}

	/**
	 * Registers the properties with a Spring test's {@code @DynamicPropertySource}.
	 * @param simulator the simulator
	 * @param registry the registry
	 */
	public static void register(PagerDutySimulator simulator, DynamicPropertyRegistry registry) {
		of(simulator).forEach((name, value) -> registry.add(name, () -> value));
	}

}
