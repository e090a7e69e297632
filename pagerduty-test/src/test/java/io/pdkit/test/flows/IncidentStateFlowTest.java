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

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.Seed;
import io.pdkit.test.TestClock;
import tools.jackson.databind.JsonNode;

class IncidentStateFlowTest {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private EventsApiV2Client events;

	@BeforeEach
	void start() {
		sim = PagerDutySimulator.builder().seed(Seed.EMPTY).clock(clock).start();
		client = FlowClients.rest(sim, sleeps).build();
		JsonNode owner = client.rget("users/me");
		JsonNode policy = client.rpost("escalation_policies",
				Map.of("type", "escalation_policy", "name", "Storage On-Call", "escalation_rules",
						List.of(Map.of("escalation_delay_in_minutes", 10, "targets",
								List.of(Map.of("id", owner.path("id").asString(), "type", "user_reference"))))));
		JsonNode service = client.rpost("services", Map.of("type", "service", "name", "Storage", "escalation_policy",
				Map.of("id", policy.path("id").asString(), "type", "escalation_policy_reference")));
		JsonNode integration = client.rpost("services/" + service.path("id").asString() + "/integrations",
				Map.of("type", "events_api_v2_inbound_integration"));
		events = EventsApiV2Client.builder(integration.path("integration_key").asString())
			.baseUrl(sim.eventsBaseUrl())
			.sleeper(sleeps::add)
			.build();
	}

	@AfterEach
	void stop() {
		events.close();
		client.close();
		sim.close();
	}

	private JsonNode incidentOf(String dedupKey) {
		return client.listAll("incidents", Map.of("incident_key", dedupKey)).get(0);
	}

	private JsonNode status(JsonNode incident, String status) {
		return client
			.jput("incidents",
					Map.of("incidents", List.of(Map.of("id", incident.path("id").asString(), "type",
							"incident_reference", "status", status))))
			.path("incidents")
			.path(0);
	}

	@Test
	void triggeredThroughEventsShouldBeAcknowledgedResolvedAnnotatedAndLogged() {
		String dedupKey = events.trigger("Volume 97% full", "nas-1");
		JsonNode incident = incidentOf(dedupKey);
		assertThat(incident.path("status").asString()).isEqualTo("triggered");
		assertThat(incident.path("assignments").path(0).path("assignee").path("summary").asString())
			.isEqualTo("Ada Lovelace");

		assertThat(status(incident, "acknowledged").path("status").asString()).isEqualTo("acknowledged");
		assertThat(status(incident, "resolved").path("status").asString()).isEqualTo("resolved");
		String incidentPath = "incidents/" + incident.path("id").asString();
		client.rpost(incidentPath + "/notes", Map.of("content", "Old snapshots removed"));

		assertThat(client.listAll(incidentPath + "/log_entries")).extracting(e -> e.path("type").asString())
			.containsExactly("annotate_log_entry", "resolve_log_entry", "acknowledge_log_entry", "trigger_log_entry");
		assertThat(client.listAll(incidentPath + "/alerts")).singleElement()
			.satisfies(alert -> assertThat(alert.path("status").asString()).isEqualTo("resolved"));
		assertThat(client.listAll("incidents", Map.of("statuses", List.of("resolved"))))
			.extracting(i -> i.path("id").asString())
			.containsExactly(incident.path("id").asString());
	}

	@Test
	void multiUpdateWithoutFromHeaderShouldAnswer400NamingTheHeader() {
		JsonNode incident = incidentOf(events.trigger("Volume 97% full", "nas-1"));
		RestApiV2Client anonymous = RestApiV2Client.builder(sim.apiKey())
			.baseUrl(sim.restBaseUrl())
			.sleeper(sleeps::add)
			.build();

		assertThatThrownBy(
				() -> anonymous.jput("incidents",
						Map.of("incidents",
								List.of(Map.of("id", incident.path("id").asString(), "type", "incident_reference",
										"status", "acknowledged")))))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.httpResponse().json().path("error").path("errors").path(0).asString())
					.contains("\"From\" header");
			});
		anonymous.close();
	}

	@Test
	void mergeShouldMoveAlertsAndResolveTheSources() {
		JsonNode target = incidentOf(events.trigger("Volume 97% full", "nas-1"));
		JsonNode source = incidentOf(events.trigger("Volume 99% full", "nas-2"));

		JsonNode merged = client
			.jput("incidents/" + target.path("id").asString() + "/merge",
					Map.of("source_incidents",
							List.of(Map.of("id", source.path("id").asString(), "type", "incident_reference"))))
			.path("incident");

		assertThat(merged.path("alert_counts").path("all").asInt()).isEqualTo(2);
		assertThat(merged.path("alert_counts").path("triggered").asInt()).isEqualTo(2);
		JsonNode resolved = client.rget("incidents/" + source.path("id").asString());
		assertThat(resolved.path("status").asString()).isEqualTo("resolved");
		assertThat(resolved.path("resolve_reason").path("incident").path("id").asString())
			.isEqualTo(target.path("id").asString());
		assertThat(client.listAll("incidents/" + target.path("id").asString() + "/alerts"))
			.extracting(alert -> alert.path("summary").asString())
			.containsExactly("Volume 97% full", "Volume 99% full");
	}

	@Test
	void snoozeShouldNeedAnAcknowledgementAndRetriggerWhenTheClockPassesIt() {
		JsonNode incident = incidentOf(events.trigger("Volume 97% full", "nas-1"));
		String snoozePath = "incidents/" + incident.path("id").asString() + "/snooze";
		assertThatThrownBy(() -> client.jpost(snoozePath, Map.of("duration", 3600)))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> assertThat(e.status()).isEqualTo(400));
		status(incident, "acknowledged");

		JsonNode snoozed = client.jpost(snoozePath, Map.of("duration", 3600)).path("incident");
		assertThat(snoozed.path("status").asString()).isEqualTo("acknowledged");
		assertThat(snoozed.path("pending_actions").path(0).path("at").asString()).isEqualTo("2026-03-02T11:00:00Z");
		clock.advance(Duration.ofMinutes(59));
		assertThat(client.rget(incident).path("status").asString()).isEqualTo("acknowledged");
		clock.advance(Duration.ofMinutes(1));

		assertThat(client.rget(incident).path("status").asString()).isEqualTo("triggered");
		assertThat(client.listAll("incidents/" + incident.path("id").asString() + "/log_entries"))
			.extracting(e -> e.path("type").asString())
			.startsWith("unacknowledge_log_entry", "snooze_log_entry");
	}

	@Test
	void maintenanceWindowShouldSwallowTriggersForItsServiceWhileOngoing() {
		String serviceId = client.find("services", "Storage").orElseThrow().path("id").asString();
		JsonNode window = client.rpost("maintenance_windows",
				Map.of("type", "maintenance_window", "start_time", "2026-03-02T10:00:00Z", "end_time",
						"2026-03-02T12:00:00Z", "description", "Disk swap", "services",
						List.of(Map.of("id", serviceId, "type", "service_reference"))));

		events.trigger("Volume 97% full", "nas-1");
		assertThat(client.listAll("incidents")).isEmpty();
		assertThat(client.listAll("maintenance_windows", Map.of("filter", "ongoing")))
			.extracting(w -> w.path("id").asString())
			.containsExactly(window.path("id").asString());
		clock.advance(Duration.ofHours(2));
		events.trigger("Volume 97% full", "nas-1");

		assertThat(client.listAll("incidents")).hasSize(1);
		assertThat(client.listAll("maintenance_windows", Map.of("filter", "past"))).hasSize(1);
	}

	@Test
	void unknownApiKeyShouldGet401FromTheRestApi() {
		RestApiV2Client stranger = RestApiV2Client.builder("u+not-configured")
			.baseUrl(sim.restBaseUrl())
			.sleeper(sleeps::add)
			.build();

		assertThatThrownBy(() -> stranger.rget("users/me")).isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
			assertThat(e.status()).isEqualTo(401);
			assertThat(e.httpResponse().json().path("error").path("code").asInt()).isEqualTo(2006);
		});
		stranger.close();
	}

}
