package io.pdkit.test.spring;

import io.pdkit.autoconfigure.PagerDutyConnectionDetails;
import io.pdkit.test.PagerDutySimulator;
import org.jspecify.annotations.Nullable;

/**
 * {@link PagerDutyConnectionDetails} of a running simulator: its URLs, its only accepted
 * API key, its owner's email as {@code From}, the first routing key of its account (none
 * with an empty seed) and, for the integration clients, a path under the simulator so
 * that nothing reaches PagerDuty.
 */
public final class SimulatorConnectionDetails implements PagerDutyConnectionDetails {

	private final PagerDutySimulator simulator;

	/**
	 * Creates the details.
	 * @param simulator a started simulator
	 */
	public SimulatorConnectionDetails(PagerDutySimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public String apiKey() {
		return this.simulator.apiKey();
	}

	@Override
	public @Nullable String routingKey() {
		return this.simulator.routingKeys().isEmpty() ? null : this.simulator.routingKeys().get(0);
	}

	@Override
	public String restUrl() {
		return this.simulator.restBaseUrl();
	}

	@Override
	public String eventsUrl() {
		return this.simulator.eventsBaseUrl();
	}

	@Override
	public String defaultFrom() {
		return this.simulator.ownerEmail();
	}

	@Override
	public String integrationUrl(String name) {
		return this.simulator.restBaseUrl() + "/integration-" + name;
	}

	@Override
	public String toString() {
		return "SimulatorConnectionDetails[" + this.simulator.restBaseUrl() + "]";
	}

}
