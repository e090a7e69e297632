package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pdkit.core.RequestOptions;
import io.pdkit.events.ChangeEvent;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.Link;
import io.pdkit.rest.PageOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import io.pdkit.test.TestClock;
import tools.jackson.databind.JsonNode;

class AuditAndChangeEventsFlowTest {

	private static final Instant START = Instant.parse("2026-07-01T08:00:00Z");

	private static final TestClock CLOCK = new TestClock(START);

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().clock(CLOCK));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private EventsApiV2Client events;

	private List<String> allRecordIds;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		CLOCK.set(START);
		sim.reset();
		client = FlowClients.rest(sim, sleeps).build();
		events = FlowClients.events(sim, sleeps).clock(CLOCK).build();
		allRecordIds = new ArrayList<>();
		client.jget("/audit/records").path("records").forEach(r -> allRecordIds.add(r.path("id").asString()));
		sim.clearRequests();
	}

	@AfterEach
	void disconnect() {
		client.close();
		events.close();
	}

	private static List<String> ids(List<JsonNode> items) {
		return items.stream().map(item -> item.path("id").asString()).toList();
	}

	@Test
	void iterCursorShouldFollowNextCursorUntilItIsNull() {
		List<JsonNode> records = client
			.iterCursor("/audit/records", Map.of(), PageOptions.builder().pageSize(5).build())
			.toList();

		assertThat(ids(records)).containsExactlyElementsOf(allRecordIds);
		List<ReceivedRequest> pages = sim.requests();
		assertThat(pages).hasSize((allRecordIds.size() + 4) / 5);
		assertThat(pages.get(0).target()).isEqualTo("/audit/records?limit=5");
		assertThat(pages.subList(1, pages.size())).allSatisfy(page -> {
			assertThat(page.queryParam("limit")).isEqualTo("5");
			assertThat(page.queryParam("cursor")).isNotBlank();
		});
	}

	@Test
	void iterAllOnAuditRecordsShouldDelegateToCursorPagination() {
		RestApiV2Client small = client.mutate().defaultPageSize(4).build();

		List<JsonNode> records = small.listAll("audit/records", Map.of("root_resource_types", List.of("users")));

		assertThat(records).hasSize(4)
			.allSatisfy(record -> assertThat(record.path("root_resource").path("type").asString())
				.isEqualTo("user_reference"));
		assertThat(sim.requests()).allSatisfy(page -> {
			assertThat(page.queryParams()).doesNotContainKeys("offset", "total");
			assertThat(page.queryParams().get("root_resource_types[]")).containsExactly("users");
		});
		assertThat(sim.requests().get(0).target()).isEqualTo("/audit/records?limit=4&root_resource_types%5B%5D=users");
		small.close();
	}

	@Test
	void iterHistoryOnAuditRecordsShouldUseTheCursorWithSinceAndUntil() {
		Instant seededAt = CLOCK.instant();
		CLOCK.advance(Duration.ofHours(3));
		JsonNode policy = client.find("escalation_policies", "Payments On-Call").orElseThrow();
		client.rpost("services", Map.of("name", "Search API", "type", "service", "escalation_policy",
				Map.of("id", policy.path("id").asString(), "type", "escalation_policy_reference")));
		sim.clearRequests();

		List<JsonNode> recent = client
			.iterHistory("/audit/records", seededAt.plus(Duration.ofHours(1)),
					CLOCK.instant().plus(Duration.ofHours(1)))
			.toList();
		List<JsonNode> early = client
			.iterHistory("/audit/records", seededAt.minus(Duration.ofHours(1)), seededAt.plus(Duration.ofHours(1)))
			.toList();

		assertThat(recent).singleElement().satisfies(record -> {
			assertThat(record.path("action").asString()).isEqualTo("create");
			assertThat(record.path("root_resource").path("summary").asString()).isEqualTo("Search API");
		});
		assertThat(ids(early)).containsExactlyElementsOf(allRecordIds);
		assertThat(sim.requests().get(0).queryParams()).containsExactly(Map.entry("limit", List.of("100")),
				Map.entry("since", List.of("2026-07-01T09:00:00+0000")),
				Map.entry("until", List.of("2026-07-01T12:00:00+0000")));
	}

	@Test
	void changeEventsShouldBeListedNewestFirstAfterSubmitAndSendChangeEvent() {
		events.submit("Deployed checkout v2.4.0");
		CLOCK.advance(Duration.ofMinutes(5));
		events.sendChangeEvent(ChangeEvent.builder("Deployed checkout v2.4.1")
			.source("ci.example.com")
			.customDetail("commit", "4f2a9c1")
			.link(new Link("https://ci.example.com/builds/220", "Build 220"))
			.build());

		List<JsonNode> changes = client.listAll("change_events");

		assertThat(changes).extracting(change -> change.path("summary").asString())
			.containsExactly("Deployed checkout v2.4.1", "Deployed checkout v2.4.0");
		JsonNode latest = changes.get(0);
		assertThat(latest.path("source").asString()).isEqualTo("ci.example.com");
		assertThat(latest.path("custom_details").path("commit").asString()).isEqualTo("4f2a9c1");
		assertThat(latest.path("links").path(0).path("href").asString()).isEqualTo("https://ci.example.com/builds/220");
		assertThat(latest.path("timestamp").asString()).isEqualTo("2026-07-01T08:05:00Z");
		assertThat(latest.path("services").path(0).path("summary").asString()).isEqualTo("Checkout API");
		assertThat(changes.get(1).path("timestamp").asString()).isEqualTo("2026-07-01T08:00:00Z");
		JsonNode one = client.rget(latest);
		assertThat(one.path("id").asString()).isEqualTo(latest.path("id").asString());
	}

	@Test
	void iterHistoryOnChangeEventsShouldSelectTheInterval() {
		events.submit("Before lunch");
		CLOCK.advance(Duration.ofHours(4));
		events.submit("After lunch");

		List<JsonNode> afternoon = client
			.iterHistory("/change_events", CLOCK.instant().minus(Duration.ofHours(1)),
					CLOCK.instant().plus(Duration.ofHours(1)))
			.toList();
		List<JsonNode> recentSummaries = client.listAll("change_events",
				Map.of("since", CLOCK.instant().minus(Duration.ofMinutes(1)).toString()));

		assertThat(afternoon).extracting(change -> change.path("summary").asString()).containsExactly("After lunch");
		assertThat(recentSummaries).hasSize(1);
		assertThat(client.jget("/change_events", RequestOptions.builder().queryParam("total", true).build())
			.path("total")
			.asInt()).isEqualTo(2);
	}

}
