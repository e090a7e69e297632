package io.pdkit.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.pdkit.test.spring.AutoConfigurePagerDutySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pagerduty.sample.serve=true")
@AutoConfigurePagerDutySimulator
@ExtendWith(OutputCaptureExtension.class)
class ServeModeTest {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationAvailability availability;

	@Test
	void serveModeShouldPrintItsUrlAndBeReadyBeforeTheTourRuns(CapturedOutput output) throws Exception {
		String serving = "Serving at http://localhost:" + this.port + " (health: http://localhost:" + this.port
				+ "/actuator/health, metrics: http://localhost:" + this.port + "/actuator/metrics); Ctrl+C stops.";
		assertThat(output.getOut()).contains(serving).contains("Done.");
		assertThat(output.getOut().indexOf(serving)).isLessThan(output.getOut().indexOf("pdkit sample — "));
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);

		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"readinessState\":{\"status\":\"UP\"}").endsWith("\"status\":\"UP\"}");
	}

}
