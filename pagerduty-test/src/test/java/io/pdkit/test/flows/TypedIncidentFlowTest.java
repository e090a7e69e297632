package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Incident;
import io.pdkit.rest.model.IncidentNote;
import io.pdkit.rest.model.LogEntry;
import io.pdkit.rest.model.Service;
import io.pdkit.rest.typed.IncidentFilter;
import io.pdkit.rest.typed.Incidents;
import io.pdkit.rest.typed.LogEntryFilter;
import io.pdkit.rest.typed.ServiceFilter;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class TypedIncidentFlowTest {

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private Incidents incidents;

	private Service checkout;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = FlowClients.rest(sim, sleeps).build();
		incidents = client.incidents();
		checkout = client.services().list(ServiceFilter.create().query("Checkout")).findFirst().orElseThrow();
		sim.clearRequests();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	@Test
	void incidentLifecycleShouldTriggerAcknowledgeNoteAndResolveWithTypedRecords() {
		Incident opened = incidents.create(Incident.of()
			.withTitle("Refunds failing")
			.withUrgency(Incident.Urgency.LOW)
			.withService(Service.reference(checkout.id())));
		Incident acknowledged = incidents.acknowledge(opened.id());
		IncidentNote note = incidents.notes(opened.id()).create("Rolled back the refunds deploy");
		List<IncidentNote> notes = incidents.notes(opened.id()).list().toList();
		Incident resolved = incidents.resolve(opened.id());
		List<LogEntry> log = incidents.logEntries(opened.id(), LogEntryFilter.create()).toList();

		assertThat(opened.status()).isEqualTo(Incident.Status.TRIGGERED);
		assertThat(opened.service().id()).isEqualTo(checkout.id());
		assertThat(opened.createdAt()).isNotNull();
		assertThat(acknowledged.status()).isEqualTo(Incident.Status.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgements()).extracting(ack -> ack.acknowledger().summary())
			.containsExactly("Ada Lovelace");
		assertThat(note.content()).isEqualTo("Rolled back the refunds deploy");
		assertThat(notes).extracting(IncidentNote::id).containsExactly(note.id());
		assertThat(resolved.status()).isEqualTo(Incident.Status.RESOLVED);
		assertThat(log).extracting(LogEntry::type)
			.contains("trigger_log_entry", "acknowledge_log_entry", "annotate_log_entry", "resolve_log_entry");
		assertThat(sim.requests().stream().filter(r -> !r.method().equals("GET")).map(r -> r.header("From")))
			.containsOnly(sim.ownerEmail());
	}

	@Test
	void acknowledgeAndResolveOfManyShouldUpdateThemInOneRequestEach() {
		String first = open("Refunds failing").id();
		String second = open("Invoices late").id();

		List<Incident> acknowledged = incidents.acknowledge(List.of(first, second));
		List<Incident> resolved = incidents.resolve(List.of(first, second));

		assertThat(acknowledged).extracting(Incident::id, Incident::status)
			.containsExactly(tuple(first, Incident.Status.ACKNOWLEDGED), tuple(second, Incident.Status.ACKNOWLEDGED));
		assertThat(resolved).extracting(Incident::status).containsOnly(Incident.Status.RESOLVED);
		assertThat(sim.requests()).extracting(ReceivedRequest::method, ReceivedRequest::target)
			.containsExactly(tuple("PUT", "/incidents"), tuple("PUT", "/incidents"));
	}

	@Test
	void listWithStatusFilterShouldOnlyStreamMatchingIncidents() {
		String mine = open("Refunds failing").id();
		incidents.acknowledge(mine);

		List<Incident> acknowledged = incidents
			.list(IncidentFilter.create().statuses(Incident.Status.ACKNOWLEDGED).serviceIds(checkout.id()))
			.toList();

		assertThat(acknowledged).extracting(Incident::id).containsExactly(mine);
		assertThat(acknowledged)
			.allSatisfy(incident -> assertThat(incident.status()).isEqualTo(Incident.Status.ACKNOWLEDGED));
	}

	@Test
	void updateOfAReadIncidentShouldSendEveryPropertyTheSimulatorReturned() {
		Incident read = incidents.get(open("Refunds failing").id());
		sim.clearRequests();

		Incident updated = incidents.update(read.withTitle("Refunds failing for EU cards"));

		assertThat(updated.title()).isEqualTo("Refunds failing for EU cards");
		JsonNode sent = client.jsonMapper().readTree(sim.lastRequest().body()).path("incident");
		JsonNode original = client.jsonMapper().valueToTree(read);
		original.propertyNames().forEach(name -> assertThat(sent.has(name)).as(name).isTrue());
		assertThat(sent.path("title").asString()).isEqualTo("Refunds failing for EU cards");
	}

	@Test
	void resolveOfAResolvedIncidentShouldRaiseTheClientsHttpError() {
		String id = open("Refunds failing").id();
		incidents.resolve(id);

		assertThatThrownBy(() -> incidents.acknowledge(id))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> assertThat(e.status()).isEqualTo(400))
			.hasMessageContaining("/incidents/" + id);
	}

	private Incident open(String title) {
		Incident incident = incidents
			.create(Incident.of().withTitle(title).withService(Service.reference(checkout.id())));
		sim.clearRequests();
		return incident;
	}

}
