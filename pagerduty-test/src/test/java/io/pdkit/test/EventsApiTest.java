package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class EventsApiTest {

	private PagerDutySimulator sim;

	private SimHttp events;

	private SimHttp rest;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		events = SimHttp.bare(injected.eventsBaseUrl());
		rest = SimHttp.rest(injected);
	}

	private String event(String action, String dedupKey) {
		return "{\"routing_key\":\"" + PagerDutySimulator.DEMO_ROUTING_KEY + "\",\"event_action\":\"" + action + "\""
				+ (dedupKey == null ? "" : ",\"dedup_key\":\"" + dedupKey + "\"")
				+ ",\"payload\":{\"summary\":\"Payment gateway timeouts\",\"source\":\"checkout-1\","
				+ "\"severity\":\"critical\"}}";
	}

	private List<JsonNode> incidentsWithKey(String key) {
		JsonNode incidents = rest.get("/incidents?incident_key=" + key).json().path("incidents");
		List<JsonNode> found = new ArrayList<>();
		incidents.forEach(found::add);
		return found;
	}

	@Test
	void triggerShouldAnswer202AndOpenAnIncidentVisibleOverRest() {
		SimHttp.Response response = events.post("/v2/enqueue", event("trigger", "gw-timeouts"));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.body())
			.isEqualTo("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"gw-timeouts\"}");
		List<JsonNode> incidents = incidentsWithKey("gw-timeouts");
		assertThat(incidents).hasSize(1);
		JsonNode incident = incidents.get(0);
		assertThat(incident.path("title").asString()).isEqualTo("Payment gateway timeouts");
		assertThat(incident.path("status").asString()).isEqualTo("triggered");
		assertThat(incident.path("service").path("summary").asString()).isEqualTo("Checkout API");
		assertThat(SimHttp.field(rest.get("/incidents?statuses[]=triggered").json().path("incidents"), "id"))
			.contains(incident.path("id").asString());
	}

	@Test
	void triggerWithoutDedupKeyShouldGenerateOne() {
		JsonNode body = events.post("/v2/enqueue", event("trigger", null)).json();

		assertThat(body.path("dedup_key").asString()).hasSize(32);
		assertThat(incidentsWithKey(body.path("dedup_key").asString())).hasSize(1);
	}

	@Test
	void triggerWhenOpenIncidentHasDedupKeyShouldDeduplicate() {
		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));
		int before = rest.get("/incidents?total=true").json().path("total").asInt();

		SimHttp.Response again = events.post("/v2/enqueue", event("trigger", "gw-timeouts"));

		assertThat(again.status()).isEqualTo(202);
		assertThat(rest.get("/incidents?total=true").json().path("total").asInt()).isEqualTo(before);
		assertThat(incidentsWithKey("gw-timeouts")).hasSize(1);
	}

	@Test
	void acknowledgeThenResolveShouldMoveTheIncidentAndTriggerAfterResolveShouldOpenANewOne() {
		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));

		assertThat(events.post("/v2/enqueue", event("acknowledge", "gw-timeouts")).status()).isEqualTo(202);
		assertThat(incidentsWithKey("gw-timeouts").get(0).path("status").asString()).isEqualTo("acknowledged");
		assertThat(events.post("/v2/enqueue", event("resolve", "gw-timeouts")).status()).isEqualTo(202);
		assertThat(incidentsWithKey("gw-timeouts").get(0).path("status").asString()).isEqualTo("resolved");

		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));

		assertThat(SimHttp.field(rest.get("/incidents?incident_key=gw-timeouts").json().path("incidents"), "status"))
			.containsExactly("resolved", "triggered");
	}

	@Test
	void triggerAfterRestResolveShouldOpenANewIncident() {
		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));
		String id = incidentsWithKey("gw-timeouts").get(0).path("id").asString();
		rest.put("/incidents/" + id, "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"resolved\"}}");

		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));

		assertThat(incidentsWithKey("gw-timeouts")).hasSize(2);
	}

	@Test
	void acknowledgeOrResolveOfUnknownDedupKeyShouldAnswer202AndChangeNothing() {
		String before = rest.get("/incidents").body();

		SimHttp.Response ack = events.post("/v2/enqueue", event("acknowledge", "never-triggered"));
		SimHttp.Response resolve = events.post("/v2/enqueue", event("resolve", "never-triggered"));

		assertThat(ack.status()).isEqualTo(202);
		assertThat(ack.json().path("dedup_key").asString()).isEqualTo("never-triggered");
		assertThat(resolve.status()).isEqualTo(202);
		assertThat(rest.get("/incidents").body()).isEqualTo(before);
	}

	@Test
	void eventWithUnknownRoutingKeyShouldAnswer400() {
		SimHttp.Response response = events.post("/v2/enqueue",
				event("trigger", "x").replace(PagerDutySimulator.DEMO_ROUTING_KEY, "00000000000000000000000000000000"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
				+ "\"errors\":[\"Invalid routing key\"]}");
	}

	@Test
	void triggerWithMissingOrInvalidPayloadFieldsShouldAnswer400ListingEachError() {
		SimHttp.Response response = events.post("/v2/enqueue", "{\"routing_key\":\"" + sim.routingKey()
				+ "\",\"event_action\":\"trigger\",\"payload\":{\"severity\":\"catastrophic\"}}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("status").asString()).isEqualTo("invalid event");
		assertThat(SimHttp.JSON.convertValue(response.json().path("errors"), List.class)).containsExactly(
				"'payload.summary' is missing or blank", "'payload.source' is missing or blank",
				"'payload.severity' is invalid (must be one of: critical, error, warning, info)");
	}

	@Test
	void eventWithBadActionOrMissingPartsShouldAnswer400() {
		assertThat(events.post("/v2/enqueue", event("escalate", "x")).json().path("errors").path(0).asString())
			.isEqualTo("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)");
		assertThat(events
			.post("/v2/enqueue",
					"{\"event_action\":\"trigger\",\"payload\":{\"summary\":\"s\","
							+ "\"source\":\"h\",\"severity\":\"info\"}}")
			.json()
			.path("errors")
			.path(0)
			.asString()).isEqualTo("'routing_key' is missing or blank");
		assertThat(events
			.post("/v2/enqueue", "{\"routing_key\":\"" + sim.routingKey() + "\",\"event_action\":\"resolve\"}")
			.json()
			.path("errors")
			.path(0)
			.asString()).isEqualTo("'dedup_key' is missing or blank");
		assertThat(events
			.post("/v2/enqueue", "{\"routing_key\":\"" + sim.routingKey() + "\",\"event_action\":\"trigger\"}")
			.json()
			.path("errors")
			.path(0)
			.asString()).isEqualTo("'payload' is missing or blank");
	}

	@Test
	void eventWithMalformedJsonShouldAnswer400() {
		SimHttp.Response response = events.post("/v2/enqueue", "{not json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").path(0).asString()).isEqualTo("JSON parse error");
	}

	@Test
	void triggerShouldWriteATriggerLogEntryAttributedToTheIntegration() {
		events.post("/v2/enqueue", event("trigger", "gw-timeouts"));
		String id = incidentsWithKey("gw-timeouts").get(0).path("id").asString();

		JsonNode entry = rest.get("/incidents/" + id + "/log_entries").json().path("log_entries").path(0);

		assertThat(entry.path("type").asString()).isEqualTo("trigger_log_entry");
		assertThat(entry.path("channel").path("type").asString()).isEqualTo("events_api_v2");
		assertThat(entry.path("agent").path("type").asString()).isEqualTo("integration_reference");
	}

}
