package io.pdkit.test.flows;

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
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.events.EventAction;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.Link;
import io.pdkit.events.Severity;
import io.pdkit.events.TriggerEvent;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class EventsFlowTest {

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private EventsApiV2Client events;

	private RestApiV2Client rest;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		events = FlowClients.events(sim, sleeps).build();
		rest = FlowClients.rest(sim, sleeps).build();
	}

	@AfterEach
	void disconnect() {
		events.close();
		rest.close();
	}

	private List<JsonNode> incidentsWithKey(String dedupKey) {
		return rest.listAll("incidents", Map.of("incident_key", dedupKey));
	}

	private List<String> statusesWithKey(String dedupKey) {
		return incidentsWithKey(dedupKey).stream().map(incident -> incident.path("status").asString()).toList();
	}

	@Test
	void triggerWithSummaryAndSourceShouldOpenAnIncidentKeyedByTheReturnedDedupKey() {
		String dedupKey = events.trigger("Disk 95% full on db-1", "db-1");

		assertThat(dedupKey).hasSize(32);
		assertThat(incidentsWithKey(dedupKey)).singleElement().satisfies(incident -> {
			assertThat(incident.path("title").asString()).isEqualTo("Disk 95% full on db-1");
			assertThat(incident.path("status").asString()).isEqualTo("triggered");
			assertThat(incident.path("incident_key").asString()).isEqualTo(dedupKey);
			assertThat(incident.path("service").path("summary").asString()).isEqualTo("Checkout API");
		});
		assertThat(rest.listAll("incidents", Map.of("statuses", List.of("triggered"))))
			.extracting(incident -> incident.path("incident_key").asString())
			.contains(dedupKey);
		ReceivedRequest sent = sim.requests().get(0);
		assertThat(sent.method()).isEqualTo("POST");
		assertThat(sent.target()).isEqualTo("/v2/enqueue");
		assertThat(sent.header("Authorization")).isNull();
		JsonNode body = events.jsonMapper().readTree(sent.body());
		assertThat(body.path("routing_key").asString()).isEqualTo(PagerDutySimulator.DEMO_ROUTING_KEY);
		assertThat(body.path("event_action").asString()).isEqualTo("trigger");
		assertThat(body.path("payload").path("summary").asString()).isEqualTo("Disk 95% full on db-1");
		assertThat(body.path("payload").path("source").asString()).isEqualTo("db-1");
		assertThat(body.path("payload").path("severity").asString()).isEqualTo("critical");
		assertThat(body.has("dedup_key")).isFalse();
	}

	@Test
	void triggerWithATriggerEventShouldUseItsDedupKeyAndCarryItsDetails() {
		TriggerEvent event = TriggerEvent.builder("Disk 99% full on db01", "db01.example.com")
			.severity(Severity.ERROR)
			.dedupKey("db01/disk")
			.component("postgres")
			.group("prod-db")
			.eventClass("disk")
			.timestamp(Instant.parse("2026-11-26T13:53:35Z"))
			.customDetail("free", "1%")
			.link(new Link("https://wiki.example.com/runbooks/disk", "Runbook"))
			.build();

		String dedupKey = events.trigger(event);

		assertThat(dedupKey).isEqualTo("db01/disk");
		JsonNode incident = incidentsWithKey("db01/disk").get(0);
		JsonNode payload = incident.path("body").path("details");
		assertThat(payload.path("severity").asString()).isEqualTo("error");
		assertThat(payload.path("component").asString()).isEqualTo("postgres");
		assertThat(payload.path("class").asString()).isEqualTo("disk");
		assertThat(payload.path("custom_details").path("free").asString()).isEqualTo("1%");
		JsonNode sent = events.jsonMapper().readTree(sim.requests().get(0).body());
		assertThat(sent.path("dedup_key").asString()).isEqualTo("db01/disk");
		assertThat(sent.path("payload").path("timestamp").asString()).isEqualTo("2026-11-26T13:53:35Z");
		assertThat(sent.path("links").path(0).path("href").asString())
			.isEqualTo("https://wiki.example.com/runbooks/disk");
	}

	@Test
	void triggerTwiceWithTheSameDedupKeyShouldKeepOneIncident() {
		long before = rest.getTotal("incidents");
		TriggerEvent event = TriggerEvent.builder("Payment gateway timeouts", "checkout-1").dedupKey("gw").build();

		assertThat(events.trigger(event)).isEqualTo("gw");
		assertThat(events.trigger(event)).isEqualTo("gw");

		assertThat(statusesWithKey("gw")).containsExactly("triggered");
		assertThat(rest.getTotal("incidents")).isEqualTo(before + 1);
	}

	@Test
	void acknowledgeAndResolveShouldMoveTheIncidentAndATriggerAfterResolveShouldOpenANewOne() {
		events.trigger(TriggerEvent.builder("Payment gateway timeouts", "checkout-1").dedupKey("gw").build());

		assertThat(events.acknowledge("gw")).isEqualTo("gw");
		assertThat(statusesWithKey("gw")).containsExactly("acknowledged");
		assertThat(events.resolve("gw")).isEqualTo("gw");
		assertThat(statusesWithKey("gw")).containsExactly("resolved");
		events.trigger(TriggerEvent.builder("Payment gateway timeouts again", "checkout-1").dedupKey("gw").build());

		assertThat(statusesWithKey("gw")).containsExactly("resolved", "triggered");
		JsonNode acknowledge = events.jsonMapper()
			.readTree(sim.requests()
				.stream()
				.filter(request -> request.body().contains("acknowledge"))
				.findFirst()
				.orElseThrow()
				.body());
		assertThat(acknowledge.path("dedup_key").asString()).isEqualTo("gw");
		assertThat(acknowledge.has("payload")).isFalse();
	}

	@Test
	void sendEventWithFreeFormPropertiesShouldOpenAnIncident() {
		String dedupKey = events.sendEvent(EventAction.TRIGGER, "free-form", Map.of("payload",
				Map.of("summary", "Queue backlog", "source", "mq-1", "severity", "warning"), "client", "Nagios"));

		assertThat(dedupKey).isEqualTo("free-form");
		assertThat(incidentsWithKey("free-form")).extracting(incident -> incident.path("title").asString())
			.containsExactly("Queue backlog");
	}

	@Test
	void submitAndSendChangeEventShouldBeListedInChangeEvents() {
		events.submit("Deployed checkout v2.4.1", "ci.example.com", Map.of("build", 220));

		List<JsonNode> changes = rest.listAll("change_events");

		assertThat(changes).singleElement().satisfies(change -> {
			assertThat(change.path("summary").asString()).isEqualTo("Deployed checkout v2.4.1");
			assertThat(change.path("source").asString()).isEqualTo("ci.example.com");
			assertThat(change.path("custom_details").path("build").asInt()).isEqualTo(220);
		});
		assertThat(sim.requests().get(0).target()).isEqualTo("/v2/change/enqueue");
	}

	@Test
	void eventWithAnUnknownRoutingKeyShouldRaiseWithTheErrorsAndTheMaskedKey() {
		EventsApiV2Client unknown = events.mutate()
			.credentialSource(CredentialSource.of("00000000000000000000000000000bad"))
			.build();

		assertThatThrownBy(() -> unknown.trigger("Disk full", "db-1"))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> assertThat(e.status()).isEqualTo(400))
			.hasMessageStartingWith("POST " + sim.eventsBaseUrl() + "/v2/enqueue: API responded with client error "
					+ "(status 400) in submitting an event to the events API")
			.hasMessageContaining("errors: [Invalid routing key]")
			.hasMessageEndingWith("routing key: *0bad")
			.hasMessageNotContaining("00000000000000000000000000000bad");
		assertThatThrownBy(() -> unknown.submit("Deployed")).isInstanceOf(PagerDutyHttpException.class)
			.hasMessageContaining("in submitting change event");
		assertThat(sim.requests()).hasSize(2);
		assertThat(sleeps).isEmpty();
		unknown.close();
	}

	@Test
	void invalidEventsShouldBeRefusedBeforeAnythingReachesTheSimulator() {
		assertThatThrownBy(() -> events.trigger(" ", "db-1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("summary");
		assertThatThrownBy(() -> events.trigger("Disk full", "")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("source");
		assertThatThrownBy(() -> events.trigger("x".repeat(1025), "db-1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("summary must be at most 1024 characters, was 1025");
		assertThatThrownBy(() -> events.acknowledge("")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("dedupKey is required for acknowledge events and must not be blank");
		assertThatThrownBy(() -> events.resolve("k".repeat(256))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("dedupKey must be at most 255 characters, was 256");
		assertThatThrownBy(() -> events.sendEvent(EventAction.TRIGGER, null,
				Map.of("payload", Map.of("summary", "Disk full", "source", "db-1", "severity", "fatal"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("payload.severity must be one of critical, error, warning, info, was 'fatal'");
		assertThatThrownBy(() -> events.submit("")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("summary");

		assertThat(sim.requests()).isEmpty();
	}

}
