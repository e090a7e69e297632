package io.pdkit.test.spring;

import java.util.Objects;

import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.Seed;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a simulator with the annotation's seed and key and registers it with the test
 * context; two test classes with the same settings share a cached context, and so a
 * simulator.
 */
final class PagerDutySimulatorContextCustomizer implements ContextCustomizer {

	private final Seed seed;

	private final String apiKey;

	PagerDutySimulatorContextCustomizer(Seed seed, String apiKey) {
		this.seed = seed;
		this.apiKey = apiKey;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
		PagerDutySimulator simulator = PagerDutySimulator.builder().seed(this.seed).apiKey(this.apiKey).start();
		SimulatorRegistration.register(context, simulator);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PagerDutySimulatorContextCustomizer that && this.seed == that.seed
				&& this.apiKey.equals(that.apiKey);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.seed, this.apiKey);
	}

}
