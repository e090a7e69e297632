package io.pdkit.test.spring;

import java.util.Locale;

import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.Seed;

import org.springframework.core.env.Environment;

/**
 * Reads {@code pagerduty.simulator.port}, {@code seed} and {@code api-key} into a
 * simulator builder.
 */
final class SimulatorSettings {

	private SimulatorSettings() {
	}

	static PagerDutySimulator.Builder from(Environment environment) {
		return PagerDutySimulator.builder()
			.port(environment.getProperty("pagerduty.simulator.port", Integer.class, 0))
			.seed(seed(environment.getProperty("pagerduty.simulator.seed", "demo")))
			.apiKey(environment.getProperty("pagerduty.simulator.api-key", PagerDutySimulator.DEFAULT_API_KEY));
	}

	static Seed seed(String value) {
		try {
			return Seed.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"pagerduty.simulator.seed must be 'demo' or 'empty', was '" + value + "'");
		}
	}

}
