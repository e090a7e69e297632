package io.pdkit.test.flows;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.TriggerEvent;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import io.pdkit.test.TestClock;
import tools.jackson.databind.JsonNode;

class ResilienceFlowTest {

	private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

	private static final TestClock CLOCK = new TestClock(START);

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client rest;

	private EventsApiV2Client events;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		CLOCK.set(START);
		sim.reset();
		rest = FlowClients.rest(sim, sleeps).sleeper(this::sleepOnTheSharedClock).build();
		events = FlowClients.events(sim, sleeps).sleeper(this::sleepOnTheSharedClock).build();
	}

	@AfterEach
	void disconnect() {
		rest.close();
		events.close();
	}

	private void sleepOnTheSharedClock(Duration duration) {
		sleeps.add(duration);
		CLOCK.advance(duration);
	}

	private List<String> targets() {
		return sim.requests().stream().map(ReceivedRequest::target).toList();
	}

	@Test
	void eventsTriggerAfterTwo503sShouldBeRetriedWithThePresetWaitsAndOpenOneIncident() {
		sim.failNext(503, 2);

		String dedupKey = events.trigger(TriggerEvent.builder("Disk full", "db-1").dedupKey("db-2/disk").build());

		assertThat(dedupKey).isEqualTo("db-2/disk");
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
		assertThat(sim.requests()).hasSize(3)
			.extracting(ReceivedRequest::body)
			.containsOnly(sim.requests().get(0).body());
		assertThat(rest.listAll("incidents", Map.of("incident_key", "db-2/disk"))).hasSize(1);
	}

	@Test
	void eventsTriggerWhen500PersistsShouldRaiseAfterTheRetries() {
		sim.failNext(500, 5);

		assertThatThrownBy(() -> events.trigger("Disk full", "db-1"))
			.isInstanceOfSatisfying(PagerDutyServerException.class, e -> assertThat(e.status()).isEqualTo(500))
			.hasMessageContaining("(status 500)");
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6));
		assertThat(sim.requests()).hasSize(3);
	}

	@Test
	void restCallWhenServerFailsShouldNotRetryAndRgetShouldRaise() {
		sim.failNext(503, 2);

		ApiResponse raw = rest.get("/users/me");

		assertThat(raw.status()).isEqualTo(503);
		assertThatThrownBy(() -> rest.rget("/users/me")).isInstanceOfSatisfying(PagerDutyServerException.class,
				e -> assertThat(e.status()).isEqualTo(503));
		assertThat(sleeps).isEmpty();
		assertThat(rest.rget("/users/me").path("email").asString()).isEqualTo(sim.ownerEmail());
	}

	@Test
	void restCallWhenRateLimitedShouldWaitAtLeastRatelimitResetThenSucceed() {
		sim.rateLimit(1, Duration.ofSeconds(30));
		rest.rget("/users/me");

		JsonNode me = rest.rget("/users/me");

		assertThat(me.path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(sleeps).singleElement()
			.satisfies(sleep -> assertThat(sleep).isGreaterThanOrEqualTo(Duration.ofSeconds(30)));
		assertThat(targets()).containsExactly("/users/me", "/users/me", "/users/me");
		assertThat(rest.apiCallCounts()).containsEntry("GET /users/me", 3L);
	}

	@Test
	void eventsWhenRateLimitedShouldWaitAtLeastRatelimitResetThenBeAccepted() {
		sim.rateLimit(2, Duration.ofSeconds(45));
		CLOCK.advance(Duration.ofSeconds(5));
		events.trigger("First", "db-1");
		events.trigger("Second", "db-1");

		String third = events.trigger("Third", "db-1");

		assertThat(rest.listAll("incidents", Map.of("incident_key", third))).hasSize(1);
		assertThat(sleeps).containsExactly(Duration.ofSeconds(40));
		assertThat(sim.requests()).filteredOn(request -> request.path().equals("/v2/enqueue")).hasSize(4);
	}

	@Test
	void droppedConnectionOnAnEventShouldBeRetriedAsANetworkError() {
		sim.dropNextConnection();

		String dedupKey = events.trigger(TriggerEvent.builder("Disk full", "db-2").dedupKey("dropped").build());

		assertThat(dedupKey).isEqualTo("dropped");
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
		assertThat(targets()).containsExactly("/v2/enqueue", "/v2/enqueue");
		assertThat(rest.listAll("incidents", Map.of("incident_key", "dropped"))).hasSize(1);
	}

	@Test
	void droppedConnectionOnAnIncidentPostShouldBeRetriedAndCreateOneIncident() {
		String serviceId = rest.find("services", "Web Frontend").orElseThrow().path("id").asString();
		long before = rest.getTotal("incidents");
		sim.dropNextConnection();

		JsonNode incident = rest.rpost("incidents", Map.of("type", "incident", "title", "CDN purge stuck", "service",
				Map.of("id", serviceId, "type", "service_reference")));

		assertThat(incident.path("title").asString()).isEqualTo("CDN purge stuck");
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
		assertThat(sim.requests()).filteredOn(request -> request.method().equals("POST")).hasSize(2);
		assertThat(rest.getTotal("incidents")).isEqualTo(before + 1);
	}

	@Test
	void droppedConnectionOnAGetShouldStillReturnTheEntity() {
		sim.dropNextConnection();

		JsonNode me = rest.rget("/users/me");

		assertThat(me.path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(targets()).containsExactly("/users/me", "/users/me");
	}

	@Test
	void observationsShouldTagCanonicalEndpointsAndRetriedStatuses() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		RestApiV2Client observedRest = rest.mutate().observationRegistry(registry).build();
		EventsApiV2Client observedEvents = events.mutate().observationRegistry(registry).build();
		String id = observedRest.listAll("incidents").get(0).path("id").asString();
		sim.failNext(503);

		observedEvents.trigger("Disk full", "db-1");
		observedRest.rget("incidents/" + id);
		observedRest.rput("incidents/" + id, Map.of("type", "incident_reference", "status", "acknowledged"));

		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("pagerduty.client.requests", 5)
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("api", "rest")
				.hasLowCardinalityKeyValue("method", "GET")
				.hasLowCardinalityKeyValue("endpoint", "/incidents")
				.hasLowCardinalityKeyValue("status", "200"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("method", "GET")
				.hasLowCardinalityKeyValue("endpoint", "/incidents/{id}"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("method", "PUT")
				.hasLowCardinalityKeyValue("endpoint", "/incidents/{id}")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("api", "events")
				.hasLowCardinalityKeyValue("endpoint", "/v2/enqueue")
				.hasLowCardinalityKeyValue("status", "503"))
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("api", "events")
				.hasLowCardinalityKeyValue("endpoint", "/v2/enqueue")
				.hasLowCardinalityKeyValue("status", "202"));
		observedRest.close();
		observedEvents.close();
	}

}
