package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class ChangeEventsTest {

	private PagerDutySimulator sim;

	private SimHttp events;

	private SimHttp rest;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		events = SimHttp.bare(injected.eventsBaseUrl());
		rest = SimHttp.rest(injected);
	}

	@Test
	void changeEventShouldAnswer202AndBeListedUnderChangeEvents() {
		SimHttp.Response response = events.post("/v2/change/enqueue",
				"{\"routing_key\":\"" + sim.routingKey()
						+ "\",\"payload\":{\"summary\":\"Deploy v42\",\"source\":\"ci\",\"timestamp\":"
						+ "\"2026-05-01T10:00:00.000+0000\",\"custom_details\":{\"build\":\"42\"}},"
						+ "\"links\":[{\"href\":\"https://ci.example/42\",\"text\":\"Build\"}]}");

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().path("status").asString()).isEqualTo("success");
		JsonNode body = rest.get("/change_events?total=true").json();
		assertThat(body.propertyNames()).containsExactly("change_events", "limit", "offset", "more", "total");
		assertThat(body.path("total").asInt()).isEqualTo(1);
		JsonNode change = body.path("change_events").path(0);
		assertThat(change.path("type").asString()).isEqualTo("change_event");
		assertThat(change.path("summary").asString()).isEqualTo("Deploy v42");
		assertThat(change.path("timestamp").asString()).isEqualTo("2026-05-01T10:00:00Z");
		assertThat(change.path("services").path(0).path("summary").asString()).isEqualTo("Checkout API");
		assertThat(change.path("custom_details").path("build").asString()).isEqualTo("42");
		assertThat(change.path("links").path(0).path("href").asString()).isEqualTo("https://ci.example/42");
		assertThat(rest.get("/change_events/" + change.path("id").asString()).json().path("change_event"))
			.isEqualTo(change);
	}

	@Test
	void changeEventWithoutSummaryOrWithUnknownKeyShouldAnswer400() {
		SimHttp.Response missing = events.post("/v2/change/enqueue",
				"{\"routing_key\":\"" + sim.routingKey() + "\",\"payload\":{\"source\":\"ci\"}}");
		SimHttp.Response unknown = events.post("/v2/change/enqueue",
				"{\"routing_key\":\"nope\",\"payload\":{\"summary\":\"x\"}}");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").path(0).asString()).isEqualTo("'payload.summary' is missing or blank");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(rest.get("/change_events").json().path("change_events")).isEmpty();
	}

	@Test
	void changeEventsShouldFilterBySinceAndUntil() {
		events.post("/v2/change/enqueue", "{\"routing_key\":\"" + sim.routingKey()
				+ "\",\"payload\":{\"summary\":\"Old\",\"timestamp\":\"2026-01-01T00:00:00Z\"}}");
		events.post("/v2/change/enqueue", "{\"routing_key\":\"" + sim.routingKey()
				+ "\",\"payload\":{\"summary\":\"New\",\"timestamp\":\"2026-02-01T00:00:00Z\"}}");

		assertThat(SimHttp.field(rest.get("/change_events?since=2026-01-15T00:00:00Z").json().path("change_events"),
				"summary"))
			.containsExactly("New");
		assertThat(SimHttp.field(rest.get("/change_events?until=2026-01-15").json().path("change_events"), "summary"))
			.containsExactly("Old");
	}

}
