package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.PageOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class IncidentWriteFlowTest {

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private String checkoutId;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = FlowClients.rest(sim, sleeps).build();
		checkoutId = client.find("services", "Checkout API").orElseThrow().path("id").asString();
		sim.clearRequests();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	private Map<String, Object> newIncident(String title) {
		return Map.of("type", "incident", "title", title, "urgency", "low", "service",
				Map.of("id", checkoutId, "type", "service_reference"));
	}

	private JsonNode open(String title) {
		JsonNode incident = client.rpost("incidents", newIncident(title));
		sim.clearRequests();
		return incident;
	}

	@Test
	void rpostIncidentWithDefaultFromShouldWrapTheBodyAndReturnTheCreatedIncident() {
		JsonNode incident = client.rpost("incidents", newIncident("Refunds failing"));

		assertThat(incident.path("title").asString()).isEqualTo("Refunds failing");
		assertThat(incident.path("status").asString()).isEqualTo("triggered");
		assertThat(incident.path("urgency").asString()).isEqualTo("low");
		assertThat(incident.path("service").path("id").asString()).isEqualTo(checkoutId);
		ReceivedRequest sent = sim.lastRequest();
		assertThat(sent.method()).isEqualTo("POST");
		assertThat(sent.target()).isEqualTo("/incidents");
		assertThat(sent.header("From")).isEqualTo(sim.ownerEmail());
		assertThat(sent.header("Content-Type")).startsWith("application/json");
		JsonNode body = client.jsonMapper().readTree(sent.body());
		assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("incident");
		assertThat(body.path("incident").path("title").asString()).isEqualTo("Refunds failing");
		assertThat(client.rget(incident).path("id").asString()).isEqualTo(incident.path("id").asString());
	}

	@Test
	void rpostIncidentWithoutFromShouldRaiseTheSimulators400AndCreateNothing() {
		RestApiV2Client anonymous = client.mutate().defaultFrom(null).build();
		long before = client.getTotal("incidents");

		assertThatThrownBy(() -> anonymous.rpost("incidents", newIncident("Refunds failing")))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.response().orElseThrow().json().path("error").path("errors").path(0).asString()).isEqualTo(
						"You must specify a user's email address in the \"From\" header to perform " + "this action");
			})
			.hasMessageStartingWith("POST " + sim.restBaseUrl() + "/incidents: API responded with client error "
					+ "(status 400): {\"error\":{\"message\":\"Invalid Input Provided\"");
		assertThat(sim.requests().get(1).header("From")).isNull();
		assertThat(client.getTotal("incidents")).isEqualTo(before);
		anonymous.close();
	}

	@Test
	void rputShouldAcknowledgeByPathThenResolveThroughTheResourceSelf() {
		JsonNode incident = open("Refunds failing");
		String id = incident.path("id").asString();

		JsonNode acknowledged = client.rput("incidents/" + id,
				Map.of("type", "incident_reference", "status", "acknowledged"));
		JsonNode resolved = client.rput(acknowledged, Map.of("type", "incident_reference", "status", "resolved"));

		assertThat(acknowledged.path("status").asString()).isEqualTo("acknowledged");
		assertThat(acknowledged.path("acknowledgements").path(0).path("acknowledger").path("summary").asString())
			.isEqualTo("Ada Lovelace");
		assertThat(resolved.path("status").asString()).isEqualTo("resolved");
		assertThat(sim.requests()).extracting(ReceivedRequest::method, ReceivedRequest::target)
			.containsExactly(tuple("PUT", "/incidents/" + id), tuple("PUT", "/incidents/" + id));
		assertThat(client.jsonMapper().readTree(sim.requests().get(0).body())).isEqualTo(client.jsonMapper()
			.readTree("{\"incident\":{\"type\":\"incident_reference\",\"status\":\"acknowledged\"}}"));
	}

	@Test
	void rputOnAResolvedIncidentShouldRaiseTheSimulatorsRefusal() {
		JsonNode incident = open("Refunds failing");
		client.rput(incident, Map.of("type", "incident_reference", "status", "resolved"));

		assertThatThrownBy(() -> client.rput(incident, Map.of("type", "incident_reference", "status", "acknowledged")))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.response().orElseThrow().json().path("error").path("errors").path(0).asString())
					.isEqualTo("Incident Already Resolved");
			});
	}

	@Test
	void rputOfAListToIncidentsShouldUpdateSeveralAtOnce() {
		String first = open("Refunds failing").path("id").asString();
		String second = open("Invoices late").path("id").asString();

		JsonNode updated = client.rput("incidents",
				List.of(Map.of("id", first, "type", "incident_reference", "status", "resolved"),
						Map.of("id", second, "type", "incident_reference", "status", "acknowledged")));

		assertThat(updated.isArray()).isTrue();
		assertThat(updated)
			.extracting(incident -> incident.path("id").asString() + " " + incident.path("status").asString())
			.containsExactly(first + " resolved", second + " acknowledged");
		ReceivedRequest sent = sim.lastRequest();
		assertThat(sent.method()).isEqualTo("PUT");
		assertThat(sent.target()).isEqualTo("/incidents");
		assertThat(client.jsonMapper().readTree(sent.body()).path("incidents")).hasSize(2);
		assertThat(client.rget("incidents/" + first).path("status").asString()).isEqualTo("resolved");
	}

	@Test
	void notesShouldBePostedListedAndFoundAmongTheLogEntries() {
		String id = open("Refunds failing").path("id").asString();

		JsonNode note = client.rpost("incidents/" + id + "/notes", Map.of("content", "Rolled back v2.4.1"));
		client.rpost("incidents/" + id + "/notes", Map.of("content", "Refunds flowing again"));

		assertThat(note.path("content").asString()).isEqualTo("Rolled back v2.4.1");
		assertThat(note.path("user").path("summary").asString()).isEqualTo("Ada Lovelace");
		assertThat(sim.requests().get(0).body()).isEqualTo("{\"note\":{\"content\":\"Rolled back v2.4.1\"}}");
		assertThat(client.listAll("incidents/" + id + "/notes")).extracting(n -> n.path("content").asString())
			.containsExactly("Rolled back v2.4.1", "Refunds flowing again");
		sim.clearRequests();
		List<JsonNode> annotations = client.iterIncidentNotes(id, Map.of("team_ids", List.of("PTEAM1"))).toList();
		assertThat(annotations).extracting(entry -> entry.path("type").asString()).containsOnly("annotate_log_entry");
		assertThat(annotations).hasSize(2);
		assertThat(sim.lastRequest().path()).isEqualTo("/incidents/" + id + "/log_entries");
		assertThat(sim.lastRequest().queryParams()).doesNotContainKeys("team_ids", "team_ids[]");
		assertThat(client.iterIncidentNotes().count()).isEqualTo(2);
	}

	@Test
	void logEntriesShouldTellTheIncidentsStoryNewestFirst() {
		JsonNode incident = open("Refunds failing");
		client.rput(incident, Map.of("type", "incident_reference", "status", "acknowledged"));
		client.rput(incident, Map.of("type", "incident_reference", "status", "resolved"));

		List<JsonNode> story = client.listAll("incidents/" + incident.path("id").asString() + "/log_entries");

		assertThat(story).extracting(entry -> entry.path("type").asString())
			.containsExactly("resolve_log_entry", "acknowledge_log_entry", "trigger_log_entry");
		JsonNode entry = client.rget("log_entries/" + story.get(2).path("id").asString());
		assertThat(entry.path("incident").path("id").asString()).isEqualTo(incident.path("id").asString());
		long total = client.getTotal("log_entries");
		List<JsonNode> walked = client.listAll("log_entries", Map.of(), PageOptions.builder().pageSize(4).build());
		assertThat(walked).hasSize((int) total);
		assertThat(walked.get(0).path("type").asString()).isEqualTo("resolve_log_entry");
	}

}
