package io.pdkit.sample;

import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.spring.AutoConfigurePagerDutySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@AutoConfigurePagerDutySimulator
@ExtendWith(OutputCaptureExtension.class)
class PagerDutySampleApplicationTest {

	@Autowired
	private PagerDutySimulator simulator;

	@Test
	void tourShouldTriggerAcknowledgeAndResolveAnIncidentAndReport(CapturedOutput output) {
		assertThat(output.getOut()).contains("pdkit sample — PagerDuty REST API at " + this.simulator.restBaseUrl())
			.containsPattern("1\\. Triggered an alert through the Events API: dedup key [0-9a-f]{32}")
			.containsPattern("2\\. Incident #\\d+ \"Disk space low on db-01\" \\(P[A-Z0-9]+\\) is triggered")
			.contains("3. Acknowledged it through REST: status acknowledged")
			.contains("4. Resolved it through REST: status resolved")
			.contains("Services (3): Checkout API, Web Frontend, Primary Database")
			.contains("Users (4): Ada Lovelace, Grace Hopper, Alan Turing, Katherine Johnson")
			.contains("Health of PagerDuty: UP")
			.containsPattern("Metrics: pagerduty.client.requests=\\d+, pagerduty.client.retries=0")
			.contains("Done.")
			.doesNotContain(this.simulator.apiKey())
			.doesNotContain(this.simulator.routingKey());
		assertThat(this.simulator.requests()).anySatisfy(request -> {
			assertThat(request.method()).isEqualTo("PUT");
			assertThat(request.header("From")).isEqualTo(this.simulator.ownerEmail());
		});
	}

}
