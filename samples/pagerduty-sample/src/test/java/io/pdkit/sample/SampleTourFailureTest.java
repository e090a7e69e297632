package io.pdkit.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "pagerduty.api-key=real-key-abcd1234", "pagerduty.url=http://127.0.0.1:1",
				"pagerduty.events.routing-key=R0UTINGKEY00000000000000000abcd",
				"pagerduty.events.url=http://127.0.0.1:1", "pagerduty.retry.max-network-attempts=0",
				"pagerduty.events.retry.max-network-attempts=0" })
@ExtendWith(OutputCaptureExtension.class)
class SampleTourFailureTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void unreachablePagerDutyShouldEndTheTourWithAOneLineMessageAndExitCode1(CapturedOutput output) {
		assertThat(output.getErr())
			.contains("The tour stopped: POST http://127.0.0.1:1/v2/enqueue: Non-transient network "
					+ "error; exceeded maximum number of attempts (0) to connect to the API.");
		assertThat(this.context.getBean(SampleTour.class).getExitCode()).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("real-key-abcd1234")
			.doesNotContain("R0UTINGKEY00000000000000000abcd");
	}

}
