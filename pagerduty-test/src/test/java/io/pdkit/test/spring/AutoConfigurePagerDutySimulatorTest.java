package io.pdkit.test.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.RecordingSleeper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "pagerduty.api-key=${PDKIT_TEST_UNSET_API_KEY}",
		"pagerduty.events.routing-key=${PDKIT_TEST_UNSET_ROUTING_KEY}", "pagerduty.url=https://api.pagerduty.com",
		"pagerduty.oauth.client-id=${PDKIT_TEST_UNSET_CLIENT_ID}" })
@AutoConfigurePagerDutySimulator
class AutoConfigurePagerDutySimulatorTest {

	@Autowired
	private RestApiV2Client rest;

	@Autowired
	private EventsApiV2Client events;

	@Autowired
	private PagerDutySimulator simulator;

	@Autowired
	private RecordingSleeper sleeper;

	@BeforeEach
	void reset() {
		this.simulator.reset();
		this.sleeper.clear();
	}

	@Test
	void clientsWhenPlaceholdersAreUnresolvableShouldTalkToTheSimulatorWithItsKey() {
		assertThat(this.rest.baseUrl()).isEqualTo(this.simulator.restBaseUrl());
		assertThat(this.events.baseUrl()).isEqualTo(this.simulator.eventsBaseUrl());

		String dedupKey = this.events.trigger("Disk 95% full on db-1", "db-1");
		List<JsonNode> incidents = this.rest.listAll("incidents", Map.of("incident_key", dedupKey));
		assertThat(incidents).hasSize(1);
		JsonNode acknowledged = this.rest.rput(incidents.get(0),
				Map.of("type", "incident_reference", "status", "acknowledged"));

		assertThat(acknowledged.path("status").asString()).isEqualTo("acknowledged");
		assertThat(this.simulator.requests()).allSatisfy(request -> assertThat(request.header("Authorization"))
			.isIn(null, "Token token=" + PagerDutySimulator.DEFAULT_API_KEY));
		assertThat(this.simulator.lastRequest().header("From")).isEqualTo(this.simulator.ownerEmail());
	}

	@Test
	void retryWhenSimulatorFailsNextShouldNotSleepForReal() {
		this.simulator.failNext(503, 2);
		long started = System.nanoTime();

		String dedupKey = this.events.trigger("Checkout latency above 2 s", "checkout-1");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(dedupKey).isNotBlank();
		assertThat(this.sleeper.sleeps()).hasSize(2).allSatisfy(sleep -> assertThat(sleep).isPositive());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
