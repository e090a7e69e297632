package io.pdkit.sample;

import java.io.PrintStream;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * In serve mode ({@code pagerduty.sample.serve=true}), says where the sample serves as
 * soon as its web server is up and marks it ready before the tour runs, so that
 * {@code /actuator/health} is not OUT_OF_SERVICE (503) while the tour talks to PagerDuty:
 * serving health and metrics is what this mode is for. The property is read at run time
 * (not as a condition), so that the mode works in AOT mode too.
 */
@Component
class ServeMode implements ApplicationListener<ApplicationStartedEvent> {

	private final PrintStream out = System.out;

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (!context.getEnvironment().getProperty("pagerduty.sample.serve", Boolean.class, false)) {
			return;
		}
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		String port = context.getEnvironment().getProperty("local.server.port");
		if (port != null) {
			String base = "http://localhost:" + port;
			this.out.println("Serving at " + base + " (health: " + base + "/actuator/health, metrics: " + base
					+ "/actuator/metrics); Ctrl+C stops.");
		}
	}

}
