package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.cli.PagerDutyCli;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class CliFlowTest {

	record Run(int status, String out, String err) {
	}

	private PagerDutySimulator sim;

	private RestApiV2Client rest;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		rest = FlowClients.rest(sim, new ArrayList<Duration>()).build();
	}

	@AfterEach
	void disconnect() {
		rest.close();
	}

	private Run pagerduty(String... args) {
		List<String> withUrl = new ArrayList<>(List.of(args));
		withUrl.addAll(List.of("--url", sim.eventsBaseUrl()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = PagerDutyCli.run(withUrl.toArray(String[]::new), Map.of("PAGERDUTY_ROUTING_KEY", sim.routingKey()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private List<String> statusesWithKey(String dedupKey) {
		return rest.listAll("incidents", Map.of("incident_key", dedupKey))
			.stream()
			.map(incident -> incident.path("status").asString())
			.toList();
	}

	@Test
	void triggerAcknowledgeAndResolveShouldMoveAnIncidentThroughItsLife() {
		Run triggered = pagerduty("trigger", "--description", "Disk 99% full on db01", "--source", "db01", "-i",
				"db01/disk", "--severity", "error", "--custom-detail", "free=1%");

		assertThat(triggered).isEqualTo(
				new Run(0, "Alert triggered successfully. Deduplication key: db01/disk" + System.lineSeparator(), ""));
		JsonNode incident = rest.listAll("incidents", Map.of("incident_key", "db01/disk")).get(0);
		assertThat(incident.path("title").asString()).isEqualTo("Disk 99% full on db01");
		assertThat(incident.path("body").path("details").path("custom_details").path("free").asString())
			.isEqualTo("1%");

		assertThat(pagerduty("acknowledge", "-i", "db01/disk").out())
			.isEqualTo("Alert acknowledged successfully. Deduplication key: db01/disk" + System.lineSeparator());
		assertThat(statusesWithKey("db01/disk")).containsExactly("acknowledged");
		assertThat(pagerduty("resolve", "--dedup-key", "db01/disk").status()).isZero();
		assertThat(statusesWithKey("db01/disk")).containsExactly("resolved");
	}

	@Test
	void triggerWithoutDedupKeyShouldPrintTheKeyTheSimulatorChose() {
		Run triggered = pagerduty("trigger", "--description", "Queue backlog", "--source", "mq-1");

		String dedupKey = triggered.out().trim().replace("Alert triggered successfully. Deduplication key: ", "");
		assertThat(dedupKey).hasSize(32);
		assertThat(statusesWithKey(dedupKey)).containsExactly("triggered");
	}

	@Test
	void changeShouldRecordAChangeEvent() {
		Run change = pagerduty("change", "--description", "Deployed checkout v2.4.1", "--source", "ci", "--link",
				"https://ci.example.com/builds/220");

		assertThat(change).isEqualTo(new Run(0, "Change event sent successfully." + System.lineSeparator(), ""));
		assertThat(rest.listAll("change_events")).singleElement().satisfies(event -> {
			assertThat(event.path("summary").asString()).isEqualTo("Deployed checkout v2.4.1");
			assertThat(event.path("links").path(0).path("href").asString())
				.isEqualTo("https://ci.example.com/builds/220");
		});
		assertThat(sim.requests().get(0).target()).isEqualTo("/v2/change/enqueue");
	}

	@Test
	void unknownRoutingKeyShouldExitOneWithTheSimulatorsErrorsAndTheKeyMasked() {
		Run refused = pagerduty("trigger", "--description", "Disk full", "--source", "db01", "-k",
				"ffffffffffffffffffffffffffff9876");

		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.out()).isEmpty();
		assertThat(refused.err()).startsWith("Error: ")
			.contains("Invalid routing key")
			.contains("*9876")
			.doesNotContain("ffffffffffffffffffffffffffff9876");
		assertThat(sim.requests()).hasSize(1);
	}

	@Test
	void usageErrorShouldExitTwoAndSendNothing() {
		Run missing = pagerduty("trigger", "--source", "db01");

		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.err()).contains("--description is required for trigger action");
		assertThat(sim.requests()).isEmpty();
	}

}
