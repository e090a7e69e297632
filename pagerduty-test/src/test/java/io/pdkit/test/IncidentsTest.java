package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

class IncidentsTest {

	private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private PagerDutySimulator sim;

	private SimHttp http;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
	}

	private String serviceId(String name) {
		for (JsonNode service : http.get("/services").json().path("services")) {
			if (service.path("name").asString().equals(name)) {
				return service.path("id").asString();
			}
		}
		throw new AssertionError(name);
	}

	private JsonNode create(String title, String serviceId) {
		SimHttp.Response response = http.post("/incidents", "{\"incident\":{\"type\":\"incident\",\"title\":\"" + title
				+ "\",\"service\":{\"id\":\"" + serviceId + "\",\"type\":\"service_reference\"}}}");
		assertThat(response.status()).isEqualTo(201);
		return response.json().path("incident");
	}

	private List<String> titles(String target) {
		return SimHttp.field(http.get(target).json().path("incidents"), "title");
	}

	@Test
	void listIncidentsShouldWrapAndFilterByStatuses() {
		JsonNode body = http.get("/incidents").json();

		assertThat(body.propertyNames()).containsExactly("incidents", "limit", "offset", "more", "total");
		assertThat(body.path("incidents")).hasSize(3);
		assertThat(titles("/incidents?statuses%5B%5D=triggered&statuses%5B%5D=acknowledged"))
			.containsExactly("Checkout error rate above 5%", "Home page p99 latency above 2s");
		assertThat(titles("/incidents?statuses[]=resolved")).containsExactly("Disk 91% full on db-1");
	}

	@Test
	void listIncidentsShouldFilterByServiceIds() {
		assertThat(titles("/incidents?service_ids%5B%5D=" + serviceId("Checkout API")))
			.containsExactly("Checkout error rate above 5%");
	}

	@Test
	void listIncidentsShouldSortBy() {
		List<String> descending = SimHttp
			.field(http.get("/incidents?sort_by=incident_number:desc").json().path("incidents"), "id");
		List<String> ascending = SimHttp
			.field(http.get("/incidents?sort_by=incident_number:asc").json().path("incidents"), "id");

		List<String> reversed = new ArrayList<>(ascending);
		Collections.reverse(reversed);
		assertThat(descending).containsExactlyElementsOf(reversed);
		assertThat(http.get("/incidents?sort_by=colour").status()).isEqualTo(400);
	}

	@Test
	void listIncidentsShouldFilterBySinceAndUntilUnlessDateRangeIsAll() {
		Instant seeded = CLOCK.instant();
		CLOCK.advance(Duration.ofHours(1));
		create("Later", serviceId("Web Frontend"));
		String middle = seeded.plus(Duration.ofMinutes(30)).toString();

		assertThat(titles("/incidents?since=" + middle)).containsExactly("Later");
		assertThat(titles("/incidents?until=" + middle)).hasSize(3).doesNotContain("Later");
		assertThat(titles("/incidents?since=" + middle + "&date_range=all")).hasSize(4);
		assertThat(http.get("/incidents?since=yesterday").status()).isEqualTo(400);
	}

	@Test
	void listIncidentsWithoutDatesShouldCoverTheLast30Days() {
		CLOCK.advance(Duration.ofDays(31));

		assertThat(titles("/incidents")).isEmpty();
		assertThat(titles("/incidents?date_range=all")).hasSize(3);
	}

	@Test
	void createIncidentShouldAnswer201WrappedAndAppearInListAndGet() {
		JsonNode incident = create("Queue backlog", serviceId("Checkout API"));

		assertThat(incident.path("type").asString()).isEqualTo("incident");
		assertThat(incident.path("status").asString()).isEqualTo("triggered");
		assertThat(incident.path("incident_number").asInt()).isEqualTo(4);
		assertThat(incident.path("summary").asString()).isEqualTo("[#4] Queue backlog");
		assertThat(incident.path("self").asString())
			.isEqualTo(sim.restBaseUrl() + "/incidents/" + incident.path("id").asString());
		assertThat(incident.path("service").path("type").asString()).isEqualTo("service_reference");
		assertThat(incident.path("assignments").path(0).path("assignee").path("summary").asString())
			.isEqualTo("Alan Turing");
		assertThat(http.get("/incidents/" + incident.path("id").asString()).json().path("incident"))
			.isEqualTo(incident);
		assertThat(titles("/incidents")).contains("Queue backlog");
	}

	@Test
	void createIncidentWhenTitleOrServiceMissingShouldAnswer400() {
		assertThat(http
			.post("/incidents",
					"{\"incident\":{\"type\":\"incident\",\"service\":{\"id\":\"" + serviceId("Checkout API") + "\"}}}")
			.status()).isEqualTo(400);
		assertThat(http.post("/incidents", "{\"incident\":{\"type\":\"incident\",\"title\":\"t\"}}").status())
			.isEqualTo(400);
		assertThat(http.post("/incidents", "{\"title\":\"unwrapped\"}").status()).isEqualTo(400);
	}

	@Test
	void createIncidentWhenOpenIncidentHasSameKeyShouldAnswer400() {
		String service = serviceId("Checkout API");

		SimHttp.Response response = http.post("/incidents", "{\"incident\":{\"type\":\"incident\",\"title\":\"t\","
				+ "\"incident_key\":\"checkout/error-rate\",\"service\":{\"id\":\"" + service + "\"}}}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void updateIncidentShouldAcknowledgeThenResolve() {
		JsonNode incident = create("Flaky job", serviceId("Web Frontend"));
		String path = "/incidents/" + incident.path("id").asString();

		JsonNode acknowledged = http
			.put(path, "{\"incident\":{\"type\":\"incident_reference\"," + "\"status\":\"acknowledged\"}}")
			.json();
		JsonNode resolved = http
			.put(path, "{\"incident\":{\"type\":\"incident_reference\"," + "\"status\":\"resolved\"}}")
			.json();

		assertThat(acknowledged.propertyNames()).containsExactly("incident");
		assertThat(acknowledged.path("incident").path("status").asString()).isEqualTo("acknowledged");
		assertThat(acknowledged.path("incident")
			.path("acknowledgements")
			.path(0)
			.path("acknowledger")
			.path("summary")
			.asString()).isEqualTo("Ada Lovelace");
		assertThat(resolved.path("incident").path("status").asString()).isEqualTo("resolved");
		assertThat(resolved.path("incident").path("resolved_at").asString()).isNotEmpty();
		assertThat(http.put(path, "{\"incident\":{\"status\":\"acknowledged\"}}").status()).isEqualTo(400);
	}

	@Test
	void updateIncidentWhenFromMissingOrIdUnknownShouldFail() {
		String id = http.get("/incidents").json().path("incidents").path(0).path("id").asString();

		assertThat(http.without("From").put("/incidents/" + id, "{\"incident\":{\"status\":\"resolved\"}}").status())
			.isEqualTo(400);
		assertThat(SimHttp.rest(sim).put("/incidents/PNOPE00", "{\"incident\":{\"status\":\"resolved\"}}").status())
			.isEqualTo(404);
	}

	@Test
	void updateManyIncidentsShouldChangeEachAndAnswerAPage() {
		List<String> open = SimHttp
			.field(http.get("/incidents?statuses[]=triggered&statuses[]=acknowledged").json().path("incidents"), "id");

		SimHttp.Response response = http.put("/incidents",
				"{\"incidents\":[" + "{\"id\":\"" + open.get(0)
						+ "\",\"type\":\"incident_reference\",\"status\":\"resolved\"}," + "{\"id\":\"" + open.get(1)
						+ "\",\"type\":\"incident_reference\",\"status\":\"resolved\"}]}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().propertyNames()).contains("incidents", "limit", "offset", "more", "total");
		assertThat(SimHttp.field(response.json().path("incidents"), "status")).containsExactly("resolved", "resolved");
		assertThat(titles("/incidents?statuses[]=triggered&statuses[]=acknowledged")).isEmpty();
		assertThat(http.without("From").put("/incidents", "{\"incidents\":[]}").status()).isEqualTo(400);
	}

}
