package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.TriggerEvent;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import io.pdkit.test.TestClock;
import tools.jackson.databind.JsonNode;

class IncidentListingFlowTest {

	private static final Instant START = Instant.parse("2026-05-04T10:00:00Z");

	private static final TestClock CLOCK = new TestClock(START);

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private EventsApiV2Client events;

	private Instant seededAt;

	private String checkoutId;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		CLOCK.set(START);
		sim.reset();
		seededAt = START;
		client = FlowClients.rest(sim, sleeps).defaultPageSize(2).build();
		events = FlowClients.events(sim, sleeps).clock(CLOCK).build();
		checkoutId = client.find("services", "Checkout API").orElseThrow().path("id").asString();
		sim.clearRequests();
	}

	@AfterEach
	void disconnect() {
		client.close();
		events.close();
	}

	private void triggerOnCheckout(int count) {
		for (int i = 1; i <= count; i++) {
			events.trigger(
					TriggerEvent.builder("Checkout error " + i, "checkout-" + i).dedupKey("checkout-" + i).build());
		}
	}

	private static List<String> titles(List<JsonNode> incidents) {
		return incidents.stream().map(incident -> incident.path("title").asString()).toList();
	}

	@Test
	void iterAllWithStatusesAndServiceIdsShouldSendArraysOnEveryPage() {
		triggerOnCheckout(4);
		sim.clearRequests();
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("statuses", List.of("triggered", "acknowledged"));
		query.put("service_ids", List.of(checkoutId));

		List<JsonNode> open = client.listAll("incidents", query);

		assertThat(titles(open)).containsExactly("Checkout error rate above 5%", "Checkout error 1", "Checkout error 2",
				"Checkout error 3", "Checkout error 4");
		List<ReceivedRequest> pages = sim.requests();
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0).target()).isEqualTo("/incidents?limit=2&total=false&statuses%5B%5D=triggered"
				+ "&statuses%5B%5D=acknowledged&service_ids%5B%5D=" + checkoutId + "&offset=0");
		assertThat(pages).extracting(page -> page.queryParam("offset")).containsExactly("0", "2", "4");
		assertThat(pages).allSatisfy(page -> {
			assertThat(page.queryParams().get("statuses[]")).containsExactly("triggered", "acknowledged");
			assertThat(page.queryParams().get("service_ids[]")).containsExactly(checkoutId);
		});
	}

	@Test
	void iterAllWithStatusesShouldOnlyYieldIncidentsInThoseStatuses() {
		List<JsonNode> resolved = client.listAll("incidents", Map.of("statuses", List.of("resolved")));
		List<JsonNode> acknowledged = client.listAll("incidents", Map.of("statuses", List.of("acknowledged")));

		assertThat(titles(resolved)).containsExactly("Disk 91% full on db-1");
		assertThat(titles(acknowledged)).containsExactly("Home page p99 latency above 2s");
	}

	@Test
	void iterAllWithSortByShouldYieldTheSimulatorsOrder() {
		triggerOnCheckout(2);

		List<Integer> descending = client.iterAll("incidents", Map.of("sort_by", "incident_number:desc"))
			.map(incident -> incident.path("incident_number").asInt())
			.toList();

		assertThat(descending).containsExactly(5, 4, 3, 2, 1);
		assertThat(sim.lastRequest().queryParam("sort_by")).isEqualTo("incident_number:desc");
	}

	@Test
	void iterAllWithSinceUntilOrDateRangeAllShouldReachIncidentsOlderThanThirtyDays() {
		CLOCK.advance(Duration.ofDays(40));
		events.trigger(TriggerEvent.builder("Fresh failure", "checkout-9").dedupKey("fresh").build());

		List<JsonNode> lastThirtyDays = client.listAll("incidents");
		List<JsonNode> all = client.listAll("incidents", Map.of("date_range", "all"));
		List<JsonNode> atSeeding = client.listAll("incidents",
				Map.of("since", seededAt.minus(Duration.ofHours(1)).toString(), "until",
						seededAt.plus(Duration.ofHours(1)).toString()));

		assertThat(titles(lastThirtyDays)).containsExactly("Fresh failure");
		assertThat(all).hasSize(4);
		assertThat(titles(atSeeding)).containsExactly("Checkout error rate above 5%", "Home page p99 latency above 2s",
				"Disk 91% full on db-1");
		assertThat(sim.lastRequest().queryParam("since")).isEqualTo("2026-05-04T09:00:00Z");
	}

	@Test
	void iterHistoryOnIncidentsShouldCountThenWalkTheIntervalWithPagerDutysDateFormat() {
		CLOCK.advance(Duration.ofDays(40));
		events.trigger(TriggerEvent.builder("Fresh failure", "checkout-9").dedupKey("fresh").build());
		sim.clearRequests();

		List<JsonNode> history = client
			.iterHistory("/incidents", seededAt.minus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(1)))
			.toList();

		assertThat(history).hasSize(4);
		assertThat(titles(history)).contains("Fresh failure", "Disk 91% full on db-1");
		List<ReceivedRequest> sent = sim.requests();
		assertThat(sent).hasSize(3);
		assertThat(sent.get(0).queryParams()).containsExactly(Map.entry("since", List.of("2026-05-03T10:00:00+0000")),
				Map.entry("until", List.of("2026-06-14T10:00:00+0000")), Map.entry("total", List.of("true")),
				Map.entry("limit", List.of("1")), Map.entry("offset", List.of("0")));
		assertThat(sent.subList(1, 3)).allSatisfy(page -> {
			assertThat(page.queryParam("since")).isEqualTo("2026-05-03T10:00:00+0000");
			assertThat(page.queryParam("until")).isEqualTo("2026-06-14T10:00:00+0000");
		});
	}

	@Test
	void iterHistoryWhenIntervalHoldsNothingShouldStopAfterTheCount() {
		List<JsonNode> history = client
			.iterHistory("/incidents", seededAt.plus(Duration.ofDays(1)), seededAt.plus(Duration.ofDays(2)))
			.toList();

		assertThat(history).isEmpty();
		assertThat(sim.requests()).hasSize(1);
		assertThat(sim.lastRequest().queryParam("total")).isEqualTo("true");
	}

}
