package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class IncidentNotesAndLogEntriesTest {

	private PagerDutySimulator sim;

	private SimHttp http;

	private String incidentId;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
		incidentId = http.get("/incidents?statuses[]=triggered").json().path("incidents").path(0).path("id").asString();
	}

	@Test
	void postNoteShouldWrapInNoteAndListUnderNotes() {
		SimHttp.Response created = http.post("/incidents/" + incidentId + "/notes",
				"{\"note\":{\"content\":\"Rolled back the deploy\"}}");

		assertThat(created.status()).isEqualTo(200);
		JsonNode note = created.json().path("note");
		assertThat(note.path("content").asString()).isEqualTo("Rolled back the deploy");
		assertThat(note.path("user").path("summary").asString()).isEqualTo("Ada Lovelace");
		JsonNode notes = http.get("/incidents/" + incidentId + "/notes").json();
		assertThat(notes.propertyNames()).containsExactly("notes");
		assertThat(notes.path("notes")).containsExactly(note);
	}

	@Test
	void postNoteWhenFromMissingOrContentBlankShouldAnswer400() {
		assertThat(http.post("/incidents/" + incidentId + "/notes", "{\"note\":{\"content\":\" \"}}").status())
			.isEqualTo(400);
		assertThat(http.without("From")
			.post("/incidents/" + incidentId + "/notes", "{\"note\":{\"content\":\"x\"}}")
			.status()).isEqualTo(400);
		assertThat(http.get("/incidents/PNOPE00/notes").status()).isEqualTo(404);
	}

	@Test
	void incidentLogEntriesShouldRecordTriggerAcknowledgeAnnotateAndResolveNewestFirst() {
		http.put("/incidents/" + incidentId, "{\"incident\":{\"status\":\"acknowledged\"}}");
		http.post("/incidents/" + incidentId + "/notes", "{\"note\":{\"content\":\"Looking\"}}");
		http.put("/incidents/" + incidentId, "{\"incident\":{\"status\":\"resolved\"}}");

		JsonNode body = http.get("/incidents/" + incidentId + "/log_entries").json();

		assertThat(body.propertyNames()).containsExactly("log_entries", "limit", "offset", "more", "total");
		assertThat(SimHttp.field(body.path("log_entries"), "type")).containsExactly("resolve_log_entry",
				"annotate_log_entry", "acknowledge_log_entry", "trigger_log_entry");
		JsonNode annotate = body.path("log_entries").path(1);
		assertThat(annotate.path("channel").path("summary").asString()).isEqualTo("Looking");
		assertThat(annotate.path("incident").path("id").asString()).isEqualTo(incidentId);
		assertThat(annotate.path("self").asString())
			.isEqualTo(sim.restBaseUrl() + "/log_entries/" + annotate.path("id").asString());
		assertThat(http.get("/log_entries/" + annotate.path("id").asString()).json().path("log_entry"))
			.isEqualTo(annotate);
	}

	@Test
	void accountLogEntriesShouldListEveryIncidentsEntriesNewestFirstWithTotal() {
		JsonNode body = http.get("/log_entries?total=true").json();

		assertThat(body.path("total").asInt()).isEqualTo(5);
		assertThat(SimHttp.field(body.path("log_entries"), "type")).containsExactly("resolve_log_entry",
				"trigger_log_entry", "acknowledge_log_entry", "trigger_log_entry", "trigger_log_entry");
		assertThat(http.get("/log_entries?since=2999-01-01T00:00:00Z").json().path("log_entries")).isEmpty();
	}

}
