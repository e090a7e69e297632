package io.pdkit.events;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;

class EventsApiV2ClientObservationTest {

	private final EventsStub stub = new EventsStub();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void triggerAndSubmitWhenObservedShouldTagEventsApiAndCanonicalEndpoints() {
		this.stub.respondTimes(503, 1).accept("k").respond(202, "{\"status\":\"success\"}");
		EventsApiV2Client client = this.stub.clientBuilder().observationRegistry(this.registry).build();
		client.trigger("Disk full", "db01");
		client.submit("Deployed");
		assertThat(this.registry).hasNumberOfObservationsWithNameEqualTo("pagerduty.client.requests", 3)
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("api", "events")
				.hasLowCardinalityKeyValue("endpoint", "/v2/enqueue")
				.hasLowCardinalityKeyValue("status", "503")
				.hasLowCardinalityKeyValue("outcome", "SERVER_ERROR"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("endpoint", "/v2/enqueue")
				.hasLowCardinalityKeyValue("status", "202"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("endpoint", "/v2/change/enqueue")
				.hasLowCardinalityKeyValue("method", "POST"));
	}

}
