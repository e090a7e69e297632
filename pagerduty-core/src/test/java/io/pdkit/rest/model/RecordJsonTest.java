package io.pdkit.rest.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RecordJsonTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String INCIDENT = """
			{"id":"PINC1","type":"incident","title":"Disk full","status":"acknowledged","urgency":"high",
			 "created_at":"2026-03-01T10:00:00Z","incident_number":7,
			 "service":{"id":"PSVC1","type":"service_reference","summary":"Web","future_flag":true},
			 "assignments":[{"at":"2026-03-01T10:01:00-05:00","assignee":{"id":"PU1","type":"user_reference"}}],
			 "galaxy":{"arm":3,"stars":[1,2]},"nothing":null}
			""";

	@Test
	void readValueWhenJsonHasKnownAndUnknownPropertiesShouldFillBoth() {
		Incident incident = MAPPER.readValue(INCIDENT, Incident.class);

		assertThat(incident.id()).isEqualTo("PINC1");
		assertThat(incident.status()).isEqualTo(Incident.Status.ACKNOWLEDGED);
		assertThat(incident.urgency()).isEqualTo(Incident.Urgency.HIGH);
		assertThat(incident.incidentNumber()).isEqualTo(7);
		assertThat(incident.createdAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
		assertThat(incident.service().id()).isEqualTo("PSVC1");
		assertThat(incident.service().extra()).containsKey("future_flag");
		assertThat(incident.assignments()).hasSize(1);
		assertThat(incident.assignments().get(0).at().toInstant()).hasToString("2026-03-01T15:01:00Z");
		assertThat(incident.extra()).containsOnlyKeys("galaxy", "nothing");
		assertThat(incident.extra().get("galaxy").path("arm").asInt()).isEqualTo(3);
	}

	@Test
	void writeValueWhenReadShouldWriteEveryPropertyBack() {
		Incident incident = MAPPER.readValue(INCIDENT, Incident.class);

		JsonNode written = MAPPER.valueToTree(incident.withTitle("Disk almost full"));

		JsonNode expected = MAPPER.readTree(INCIDENT);
		((tools.jackson.databind.node.ObjectNode) expected).put("title", "Disk almost full");
		((tools.jackson.databind.node.ObjectNode) expected.get("assignments").get(0)).put("at", "2026-03-01T15:01:00Z");
		assertThat(written).isEqualTo(expected);
	}

	@Test
	void readValueWhenEnumValueIsNewShouldGiveUnknownAndLeaveItOutWhenWritten() {
		Incident incident = MAPPER.readValue("{\"id\":\"P1\",\"status\":\"pondering\"}", Incident.class);

		assertThat(incident.status()).isEqualTo(Incident.Status.UNKNOWN);
		assertThat(MAPPER.writeValueAsString(incident)).isEqualTo("{\"id\":\"P1\"}");
	}

	@Test
	void ofWhenFilledWithWithersShouldWriteOnlyTheSetProperties() {
		Incident incident = Incident.of().withTitle("Disk full").withService(Service.reference("PSVC1"));

		assertThat(MAPPER.writeValueAsString(incident)).isEqualTo(
				"{\"type\":\"incident\",\"title\":\"Disk full\",\"service\":{\"id\":\"PSVC1\",\"type\":\"service_reference\"}}");
	}

}
