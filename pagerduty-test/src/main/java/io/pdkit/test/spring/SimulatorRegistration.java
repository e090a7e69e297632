package io.pdkit.test.spring;

import io.pdkit.test.PagerDutySimulator;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes a started simulator part of an application context: its {@code pagerduty.*}
 * properties first in the environment, the simulator as the bean
 * {@code pagerDutySimulator}, stopped when the context closes.
 */
final class SimulatorRegistration {

	static final String PROPERTY_SOURCE_NAME = "pagerdutySimulator";

	static final String BEAN_NAME = "pagerDutySimulator";

	private SimulatorRegistration() {
	}

	static void register(ConfigurableApplicationContext context, PagerDutySimulator simulator) {
		registerProperties(context, simulator);
		context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				simulator.close();
			}
		});
	}

	static void registerProperties(ConfigurableApplicationContext context, PagerDutySimulator simulator) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, PagerDutySimulatorProperties.of(simulator)));
	}

}
