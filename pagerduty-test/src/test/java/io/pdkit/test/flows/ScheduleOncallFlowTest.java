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

import io.pdkit.core.RequestOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.TestClock;
import tools.jackson.databind.JsonNode;

class ScheduleOncallFlowTest {

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	private JsonNode schedule;

	private String grace;

	private String alan;

	@BeforeEach
	void start() {
		sim = PagerDutySimulator.builder().clock(clock).start();
		client = FlowClients.rest(sim, sleeps).build();
		grace = client.find("users", "grace@pdkit.example", "email").orElseThrow().path("id").asString();
		alan = client.find("users", "alan@pdkit.example", "email").orElseThrow().path("id").asString();
		schedule = client.rpost("schedules",
				Map.of("type", "schedule", "name", "Storage Primary", "time_zone", "Etc/UTC", "schedule_layers",
						List.of(Map.of("name", "Daily", "start", "2026-03-01T09:00:00Z", "rotation_virtual_start",
								"2026-03-01T09:00:00Z", "rotation_turn_length_seconds", 86_400, "users",
								List.of(Map.of("user", Map.of("id", grace, "type", "user_reference")),
										Map.of("user", Map.of("id", alan, "type", "user_reference")))))));
		client.rpost("escalation_policies",
				Map.of("type", "escalation_policy", "name", "Storage On-Call", "escalation_rules",
						List.of(Map.of("escalation_delay_in_minutes", 15, "targets",
								List.of(Map.of("id", schedule.path("id").asString(), "type", "schedule_reference"))))));
	}

	@AfterEach
	void stop() {
		client.close();
		sim.close();
	}

	private List<String> oncalls(Map<String, Object> params) {
		return client.listAll("oncalls", params)
			.stream()
			.filter(o -> o.path("schedule").path("id").asString().equals(schedule.path("id").asString()))
			.map(o -> o.path("user").path("summary").asString() + " " + o.path("start").asString() + " "
					+ o.path("end").asString())
			.toList();
	}

	@Test
	void oncallNowShouldBeTheLayersCurrentTurn() {
		assertThat(oncalls(Map.of())).containsExactly("Alan Turing 2026-03-02T09:00:00Z 2026-03-03T09:00:00Z");
		clock.advance(Duration.ofDays(1));
		assertThat(oncalls(Map.of())).containsExactly("Grace Hopper 2026-03-03T09:00:00Z 2026-03-04T09:00:00Z");
	}

	@Test
	void oncallsForARangeShouldListEveryTurnAndOverridesShouldWin() {
		JsonNode created = client.jpost("schedules/" + schedule.path("id").asString() + "/overrides",
				Map.of("overrides", List.of(Map.of("start", "2026-03-04T09:00:00Z", "end", "2026-03-04T21:00:00Z",
						"user", Map.of("id", grace, "type", "user_reference")))));
		assertThat(created.path(0).path("status").asInt()).isEqualTo(201);

		assertThat(oncalls(Map.of("since", "2026-03-03T00:00:00Z", "until", "2026-03-05T12:00:00Z"))).containsExactly(
				"Alan Turing 2026-03-02T09:00:00Z 2026-03-03T09:00:00Z",
				"Grace Hopper 2026-03-03T09:00:00Z 2026-03-04T21:00:00Z",
				"Alan Turing 2026-03-04T21:00:00Z 2026-03-05T09:00:00Z",
				"Grace Hopper 2026-03-05T09:00:00Z 2026-03-06T09:00:00Z");
		assertThat(oncalls(Map.of("since", "2026-03-03T00:00:00Z", "until", "2026-03-05T12:00:00Z", "earliest", true,
				"user_ids", List.of(grace))))
			.containsExactly("Grace Hopper 2026-03-03T09:00:00Z 2026-03-04T21:00:00Z");
	}

	@Test
	void scheduleShouldRenderItsFinalScheduleAndUsersForTheWindow() {
		String path = "schedules/" + schedule.path("id").asString();
		JsonNode rendered = client.rget(path,
				RequestOptions.builder()
					.queryParam("since", "2026-03-02T00:00:00Z")
					.queryParam("until", "2026-03-03T00:00:00Z")
					.build());

		assertThat(rendered.path("final_schedule").path("rendered_schedule_entries"))
			.extracting(e -> e.path("user").path("summary").asString() + " " + e.path("start").asString())
			.containsExactly("Grace Hopper 2026-03-02T00:00:00Z", "Alan Turing 2026-03-02T09:00:00Z");
		assertThat(rendered.path("final_schedule").path("rendered_coverage_percentage").asDouble()).isEqualTo(100.0);
		assertThat(client.listAll(path + "/users",
				Map.of("since", "2026-03-02T10:00:00Z", "until", "2026-03-02T11:00:00Z")))
			.extracting(u -> u.path("name").asString())
			.containsExactly("Alan Turing");
		JsonNode updated = client.rput(path,
				Map.of("type", "schedule", "time_zone", "Etc/UTC", "schedule_layers",
						List.of(Map.of("start", "2026-03-01T09:00:00Z", "rotation_virtual_start",
								"2026-03-01T09:00:00Z", "rotation_turn_length_seconds", 86_400, "users",
								List.of(Map.of("user", Map.of("id", grace, "type", "user_reference")))))));
		assertThat(updated.path("users")).extracting(u -> u.path("id").asString()).containsExactly(grace);
		assertThat(oncalls(Map.of())).singleElement().asString().startsWith("Grace Hopper 2026-03-01T09:00:00Z ");
	}

}
