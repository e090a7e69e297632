package io.pdkit.sample;

import java.util.Arrays;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample ({@code pagerduty.sample.*}).
 */
@ConfigurationProperties("pagerduty.sample")
public class SampleProperties {

	/**
	 * Whether to keep running after the tour, serving actuator health and metrics.
	 */
	private boolean serve;

	/**
	 * Whether to trigger, acknowledge and resolve a demo incident (needs
	 * pagerduty.events.routing-key).
	 */
	private boolean triggerIncident = true;

	public boolean isServe() {
		return this.serve;
	}

	public void setServe(boolean serve) {
		this.serve = serve;
	}

	public boolean isTriggerIncident() {
		return this.triggerIncident;
	}

	public void setTriggerIncident(boolean triggerIncident) {
		this.triggerIncident = triggerIncident;
	}

	static boolean serveRequested(String[] args) {
		boolean fromArgs = Arrays.asList(args).contains("--pagerduty.sample.serve=true");
		return fromArgs || Boolean.parseBoolean(System.getProperty("pagerduty.sample.serve"))
				|| Boolean.parseBoolean(System.getenv("PAGERDUTY_SAMPLE_SERVE"));
	}

}
