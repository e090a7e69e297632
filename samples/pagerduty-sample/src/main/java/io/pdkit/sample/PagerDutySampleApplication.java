package io.pdkit.sample;

import io.pdkit.test.spring.PagerDutySimulatorInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The pdkit sample: a Spring Boot application that uses only the starter and
 * {@code application.yml}. With no {@code pagerduty.api-key} (environment variable
 * {@code PAGERDUTY_API_KEY}) it starts an embedded, seeded PagerDuty simulator and points
 * the clients at it; with a real key it talks to PagerDuty. It runs its tour, prints a
 * report and exits, unless {@code pagerduty.sample.serve=true} keeps it running with
 * actuator health and metrics, and prints where.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class PagerDutySampleApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PagerDutySampleApplication.class);
		application.addInitializers(PagerDutySimulatorInitializer.whenNoApiKey());
		boolean serve = SampleProperties.serveRequested(args);
		if (!serve) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		ConfigurableApplicationContext context = application.run(args);
		if (!serve) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
