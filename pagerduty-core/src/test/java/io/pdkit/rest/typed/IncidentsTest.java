package io.pdkit.rest.typed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.model.Alert;
import io.pdkit.rest.model.Incident;
import io.pdkit.rest.model.IncidentNote;
import io.pdkit.rest.model.LogEntry;
import io.pdkit.rest.model.Service;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentsTest extends TypedStubSupport {

	private static final String INCIDENT = "{'id':'PINC1','type':'incident','title':'Disk full','status':'triggered',"
			+ "'urgency':'high','service':{'id':'PSVC1','type':'service_reference'}}";

	@Test
	void listWhenGivenFilterShouldSendItsParametersAndStreamRecordsOfEveryPage() throws Exception {
		reply("{'incidents':[" + INCIDENT + "],'limit':1,'offset':0,'more':true}");
		reply("{'incidents':[{'id':'PINC2','status':'acknowledged'}],'limit':1,'offset':1,'more':false}");
		IncidentFilter filter = IncidentFilter.create()
			.statuses(Incident.Status.TRIGGERED, Incident.Status.ACKNOWLEDGED)
			.serviceIds("PSVC1")
			.since(Instant.parse("2026-03-01T00:00:00Z"))
			.until(Instant.parse("2026-03-02T00:00:00Z"))
			.include("assignees");

		List<Incident> incidents = this.client.incidents().list(filter).toList();

		assertThat(incidents).extracting(Incident::id).containsExactly("PINC1", "PINC2");
		assertThat(incidents.get(0).service().id()).isEqualTo("PSVC1");
		assertThat(incidents.get(1).status()).isEqualTo(Incident.Status.ACKNOWLEDGED);
		Map<String, List<String>> query = page("statuses[]", "triggered", "statuses[]", "acknowledged", "service_ids[]",
				"PSVC1", "since", "2026-03-01T00:00:00Z", "until", "2026-03-02T00:00:00Z", "include[]", "assignees");
		expect("GET", "/incidents", query, null);
		query.put("offset", List.of("1"));
		query.put("limit", List.of("1"));
		expect("GET", "/incidents", query, null);
	}

	@Test
	void listWhenStreamIsNotConsumedShouldSendNothing() {
		this.client.incidents().list();

		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void getWhenFoundShouldReturnRecord() throws Exception {
		reply("{'incident':" + INCIDENT + "}");

		Incident incident = this.client.incidents().get("PINC1");

		assertThat(incident.title()).isEqualTo("Disk full");
		assertThat(incident.urgency()).isEqualTo(Incident.Urgency.HIGH);
		expect("GET", "/incidents/PINC1");
	}

	@Test
	void getWhenNotFoundShouldRaiseTheClientsHttpError() {
		reply(404, "{'error':{'message':'Not Found','code':2100}}");

		assertThatThrownBy(() -> this.client.incidents().get("PNOPE")).isInstanceOf(PagerDutyHttpException.class)
			.hasMessageContaining("404")
			.hasMessageContaining("/incidents/PNOPE");
	}

	@Test
	void getWhenRateLimitedShouldRetryThroughTheClientsSleeper() throws Exception {
		reply(429, "{'error':{'message':'Rate Limit Exceeded'}}");
		reply("{'incident':" + INCIDENT + "}");

		Incident incident = this.client.incidents().get("PINC1");

		assertThat(incident.id()).isEqualTo("PINC1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(this.sleeps).hasSize(1);
	}

	@Test
	void getWhenIdIsNotAnIdShouldRefuseWithoutRequest() {
		assertThatThrownBy(() -> this.client.incidents().get("../users")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("id must be a PagerDuty id");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void createWhenFromIsGivenShouldPostWrappedIncidentWithFromHeader() throws Exception {
		reply(201, "{'incident':" + INCIDENT + "}");

		Incident created = this.client.incidents()
			.from("oncall@example.com")
			.create(Incident.of().withTitle("Disk full").withService(Service.reference("PSVC1")));

		assertThat(created.id()).isEqualTo("PINC1");
		RecordedRequest request = expect("POST", "/incidents", "{'incident':{'type':'incident','title':'Disk full',"
				+ "'service':{'id':'PSVC1','type':'service_reference'}}}");
		assertThat(request.getHeaders().get("From")).isEqualTo("oncall@example.com");
	}

	@Test
	void createWhenClientHasDefaultFromShouldSendIt() throws Exception {
		try (var withFrom = this.client.mutate().defaultFrom("admin@example.com").build()) {
			reply(201, "{'incident':" + INCIDENT + "}");

			withFrom.incidents().create(Incident.of().withTitle("Disk full"));

			assertThat(take().getHeaders().get("From")).isEqualTo("admin@example.com");
		}
	}

	@Test
	void fromWhenClientHasDefaultFromShouldSendOnlyTheGivenAddress() throws Exception {
		try (var withFrom = this.client.mutate().defaultFrom("admin@example.com").build()) {
			reply("{'incident':{'id':'PINC1','status':'resolved'}}");

			withFrom.incidents().from("night-shift@example.com").resolve("PINC1");

			assertThat(take().getHeaders().values("From")).containsExactly("night-shift@example.com");
		}
	}

	@Test
	void updateWhenReadRecordIsChangedShouldSendEveryPropertyBackIncludingUnknownOnes() throws Exception {
		String read = "{'id':'PINC1','type':'incident','title':'Disk full','status':'triggered',"
				+ "'created_at':'2026-03-01T10:00:00Z','service':{'id':'PSVC1','type':'service_reference',"
				+ "'galaxy_id':'G-7'},'custom_flag':true,'custom':{'tier':[1,2],'note':null}}";
		reply("{'incident':" + read + "}");
		reply("{'incident':" + read.replace("Disk full", "Disk almost full") + "}");

		Incident incident = this.client.incidents().get("PINC1");
		Incident updated = this.client.incidents().update(incident.withTitle("Disk almost full"));

		assertThat(updated.title()).isEqualTo("Disk almost full");
		assertThat(updated.extra()).containsKeys("custom_flag", "custom");
		expect("GET", "/incidents/PINC1");
		expect("PUT", "/incidents/PINC1", "{'incident':" + read.replace("Disk full", "Disk almost full") + "}");
	}

	@Test
	void updateWhenRecordHasNoIdShouldRefuse() {
		assertThatThrownBy(() -> this.client.incidents().update(Incident.of().withTitle("x")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("id must not be blank");
	}

	@Test
	void acknowledgeWhenOneIdShouldPutStatusToThatIncident() throws Exception {
		reply("{'incident':{'id':'PINC1','status':'acknowledged'}}");

		Incident incident = this.client.incidents().from("me@example.com").acknowledge("PINC1");

		assertThat(incident.status()).isEqualTo(Incident.Status.ACKNOWLEDGED);
		RecordedRequest request = expect("PUT", "/incidents/PINC1",
				"{'incident':{'id':'PINC1','type':'incident_reference','status':'acknowledged'}}");
		assertThat(request.getHeaders().get("From")).isEqualTo("me@example.com");
	}

	@Test
	void acknowledgeWhenManyIdsShouldPutThemInOneCall() throws Exception {
		reply("{'incidents':[{'id':'PINC1','status':'acknowledged'},{'id':'PINC2','status':'acknowledged'}]}");

		List<Incident> incidents = this.client.incidents()
			.from("me@example.com")
			.acknowledge(List.of("PINC1", "PINC2"));

		assertThat(incidents).extracting(Incident::status).containsOnly(Incident.Status.ACKNOWLEDGED);
		RecordedRequest request = expect("PUT", "/incidents",
				"{'incidents':[" + "{'id':'PINC1','type':'incident_reference','status':'acknowledged'},"
						+ "{'id':'PINC2','type':'incident_reference','status':'acknowledged'}]}");
		assertThat(request.getHeaders().get("From")).isEqualTo("me@example.com");
	}

	@Test
	void resolveWhenOneOrManyShouldSendResolvedStatus() throws Exception {
		reply("{'incident':{'id':'PINC1','status':'resolved'}}");
		reply("{'incidents':[{'id':'PINC2','status':'resolved'},{'id':'PINC3','status':'resolved'}]}");

		Incident one = this.client.incidents().resolve("PINC1");
		List<Incident> many = this.client.incidents().resolve(List.of("PINC2", "PINC3"));

		assertThat(one.status()).isEqualTo(Incident.Status.RESOLVED);
		assertThat(many).extracting(Incident::id).containsExactly("PINC2", "PINC3");
		expect("PUT", "/incidents/PINC1",
				"{'incident':{'id':'PINC1','type':'incident_reference','status':'resolved'}}");
		expect("PUT", "/incidents", "{'incidents':[{'id':'PINC2','type':'incident_reference','status':'resolved'},"
				+ "{'id':'PINC3','type':'incident_reference','status':'resolved'}]}");
	}

	@Test
	void resolveWhenNoIdsShouldRefuse() {
		assertThatThrownBy(() -> this.client.incidents().resolve(List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("ids must not be empty");
	}

	@Test
	void reassignWhenOneOrManyShouldSendUserAssignments() throws Exception {
		reply("{'incident':{'id':'PINC1','assignments':[{'at':'2026-03-01T10:00:00Z',"
				+ "'assignee':{'id':'PUSER2','type':'user_reference'}}]}}");
		reply("{'incidents':[{'id':'PINC2'},{'id':'PINC3'}]}");

		Incident one = this.client.incidents().reassign("PINC1", List.of("PUSER2"));
		this.client.incidents().reassign(List.of("PINC2", "PINC3"), List.of("PUSER2", "PUSER3"));

		assertThat(one.assignments().get(0).assignee().id()).isEqualTo("PUSER2");
		expect("PUT", "/incidents/PINC1", "{'incident':{'id':'PINC1','type':'incident_reference','assignments':["
				+ "{'assignee':{'id':'PUSER2','type':'user_reference'}}]}}");
		String assignments = "'assignments':[{'assignee':{'id':'PUSER2','type':'user_reference'}},"
				+ "{'assignee':{'id':'PUSER3','type':'user_reference'}}]";
		expect("PUT", "/incidents", "{'incidents':[{'id':'PINC2','type':'incident_reference'," + assignments + "},"
				+ "{'id':'PINC3','type':'incident_reference'," + assignments + "}]}");
	}

	@Test
	void snoozeWhenGivenDurationShouldPostSeconds() throws Exception {
		reply(201, "{'incident':{'id':'PINC1','status':'acknowledged'}}");

		Incident incident = this.client.incidents().from("me@example.com").snooze("PINC1", Duration.ofHours(1));

		assertThat(incident.id()).isEqualTo("PINC1");
		RecordedRequest request = expect("POST", "/incidents/PINC1/snooze", "{'duration':3600}");
		assertThat(request.getHeaders().get("From")).isEqualTo("me@example.com");
	}

	@Test
	void snoozeWhenDurationIsUnderASecondShouldRefuse() {
		assertThatThrownBy(() -> this.client.incidents().snooze("PINC1", Duration.ofMillis(999)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("duration must be at least one second");
	}

	@Test
	void mergeWhenGivenSourcesShouldPutSourceReferences() throws Exception {
		reply("{'incident':{'id':'PINC1','title':'Disk full'}}");

		Incident target = this.client.incidents().from("me@example.com").merge("PINC1", List.of("PINC2", "PINC3"));

		assertThat(target.id()).isEqualTo("PINC1");
		RecordedRequest request = expect("PUT", "/incidents/PINC1/merge", "{'source_incidents':["
				+ "{'id':'PINC2','type':'incident_reference'},{'id':'PINC3','type':'incident_reference'}]}");
		assertThat(request.getHeaders().get("From")).isEqualTo("me@example.com");
	}

	@Test
	void notesWhenListedAndCreatedShouldUseTheIncidentsNotes() throws Exception {
		reply("{'notes':[{'id':'PNOTE1','content':'Looking','created_at':'2026-03-01T10:00:00Z'}]}");
		reply(201, "{'note':{'id':'PNOTE2','content':'Restarted','user':{'id':'PUSER1','type':'user_reference'}}}");

		List<IncidentNote> notes = this.client.incidents().notes("PINC1").list().toList();
		IncidentNote created = this.client.incidents().from("me@example.com").notes("PINC1").create("Restarted");

		assertThat(notes).extracting(IncidentNote::content).containsExactly("Looking");
		assertThat(created.user().id()).isEqualTo("PUSER1");
		expect("GET", "/incidents/PINC1/notes", page(), null);
		RecordedRequest request = expect("POST", "/incidents/PINC1/notes", "{'note':{'content':'Restarted'}}");
		assertThat(request.getHeaders().get("From")).isEqualTo("me@example.com");
	}

	@Test
	void alertsWhenListedFetchedAndUpdatedShouldUseTheIncidentsAlerts() throws Exception {
		reply("{'alerts':[{'id':'PAL1','type':'alert','status':'triggered','severity':'critical'}],'more':false}");
		reply("{'alert':{'id':'PAL1','type':'alert','status':'triggered'}}");
		reply("{'alert':{'id':'PAL1','type':'alert','status':'resolved'}}");

		List<Alert> alerts = this.client.incidents()
			.alerts("PINC1")
			.list(AlertFilter.create().statuses(Alert.Status.TRIGGERED))
			.toList();
		Alert alert = this.client.incidents().alerts("PINC1").get("PAL1");
		Alert resolved = this.client.incidents().alerts("PINC1").update(alert.withStatus(Alert.Status.RESOLVED));

		assertThat(alerts.get(0).severity()).isEqualTo(Alert.Severity.CRITICAL);
		assertThat(resolved.status()).isEqualTo(Alert.Status.RESOLVED);
		expect("GET", "/incidents/PINC1/alerts", page("statuses[]", "triggered"), null);
		expect("GET", "/incidents/PINC1/alerts/PAL1");
		expect("PUT", "/incidents/PINC1/alerts/PAL1", "{'alert':{'id':'PAL1','type':'alert','status':'resolved'}}");
	}

	@Test
	void logEntriesWhenForOneIncidentOrAllShouldUseTheRightCollection() throws Exception {
		reply("{'log_entries':[{'id':'PLOG1','type':'trigger_log_entry','created_at':'2026-03-01T10:00:00Z'}]}");
		reply("{'log_entries':[{'id':'PLOG2','type':'annotate_log_entry'}]}");

		List<LogEntry> one = this.client.incidents()
			.logEntries("PINC1", LogEntryFilter.create().isOverview(true))
			.toList();
		List<LogEntry> all = this.client.incidents()
			.logEntries(LogEntryFilter.create().since(Instant.parse("2026-03-01T00:00:00Z")))
			.toList();

		assertThat(one.get(0).type()).isEqualTo("trigger_log_entry");
		assertThat(all).extracting(LogEntry::id).containsExactly("PLOG2");
		expect("GET", "/incidents/PINC1/log_entries", page("is_overview", "true"), null);
		expect("GET", "/log_entries", page("since", "2026-03-01T00:00:00Z"), null);
	}

}
