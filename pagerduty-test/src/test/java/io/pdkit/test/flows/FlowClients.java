package io.pdkit.test.flows;

import java.time.Duration;
import java.util.List;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;

/**
 * Builds real pdkit clients pointed at a simulator, recording retry waits instead of
 * sleeping.
 */
final class FlowClients {

	private FlowClients() {
	}

	static RestApiV2Client.Builder rest(PagerDutySimulator sim, List<Duration> sleeps) {
		return RestApiV2Client.builder(sim.apiKey())
			.baseUrl(sim.restBaseUrl())
			.defaultFrom(sim.ownerEmail())
			.sleeper(sleeps::add);
	}

	static EventsApiV2Client.Builder events(PagerDutySimulator sim, List<Duration> sleeps) {
		return EventsApiV2Client.builder(sim.routingKey()).baseUrl(sim.eventsBaseUrl()).sleeper(sleeps::add);
	}

}
