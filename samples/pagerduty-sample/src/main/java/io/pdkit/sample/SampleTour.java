package io.pdkit.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pdkit.core.PagerDutyException;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.Severity;
import io.pdkit.events.TriggerEvent;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Incident;
import io.pdkit.rest.model.Service;
import io.pdkit.rest.model.User;
import io.pdkit.rest.typed.IncidentFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The tour the sample runs: trigger an alert, watch the incident appear, acknowledge and
 * resolve it through REST, list services, users and who is on call, then report
 * PagerDuty's health and the client metrics. Every REST call uses the typed API
 * ({@code client.incidents()}, {@code client.services()}, ...).
 */
@Component
class SampleTour implements ApplicationRunner, ExitCodeGenerator {

	private final ObjectProvider<RestApiV2Client> rest;

	private final ObjectProvider<EventsApiV2Client> events;

	private final Map<String, HealthIndicator> healthIndicators;

	private final ObjectProvider<MeterRegistry> meters;

	private final SampleProperties properties;

	private final PrintStream out = System.out;

	private volatile int exitCode;

	SampleTour(ObjectProvider<RestApiV2Client> rest, ObjectProvider<EventsApiV2Client> events,
			Map<String, HealthIndicator> healthIndicators, ObjectProvider<MeterRegistry> meters,
			SampleProperties properties) {
		this.rest = rest;
		this.events = events;
		this.healthIndicators = healthIndicators;
		this.meters = meters;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try {
			tour();
		}
		catch (PagerDutyException ex) {
			this.exitCode = 1;
			System.err.println("The tour stopped: " + ex.getMessage());
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private void tour() throws InterruptedException {
		RestApiV2Client client = this.rest.getIfAvailable();
		if (client == null) {
			this.out.println("pdkit sample: no pagerduty.api-key and no simulator; nothing to show.");
			return;
		}
		this.out.println("pdkit sample — PagerDuty REST API at " + client.baseUrl());
		EventsApiV2Client eventsClient = this.events.getIfAvailable();
		if (eventsClient != null && this.properties.isTriggerIncident()) {
			incidentTour(client, eventsClient);
		}
		listDirectory(client);
		reportHealth();
		reportMetrics();
		this.out.println("Done.");
	}

	private void incidentTour(RestApiV2Client client, EventsApiV2Client eventsClient) throws InterruptedException {
		String dedupKey = eventsClient.trigger(TriggerEvent.builder("Disk space low on db-01", "db-01.example.com")
			.severity(Severity.WARNING)
			.component("postgres")
			.customDetails(Map.of("free_space", "3%"))
			.build());
		this.out.println("1. Triggered an alert through the Events API: dedup key " + dedupKey);
		Optional<Incident> incident = findIncident(client, dedupKey);
		if (incident.isEmpty()) {
			this.out.println("2. The incident has not appeared yet; PagerDuty creates it asynchronously.");
			return;
		}
		Incident found = incident.get();
		String id = Objects.requireNonNull(found.id(), "incident id");
		this.out.println("2. Incident #" + found.incidentNumber() + " \"" + found.title() + "\" (" + id + ") is "
				+ statusOf(found));
		Incident acknowledged = client.incidents().acknowledge(id);
		this.out.println("3. Acknowledged it through REST: status " + statusOf(acknowledged));
		Incident resolved = client.incidents().resolve(id);
		this.out.println("4. Resolved it through REST: status " + statusOf(resolved));
	}

	private static String statusOf(Incident incident) {
		Incident.Status status = incident.status();
		String value = (status != null) ? status.value() : null;
		return (value != null) ? value : "unknown";
	}

	private Optional<Incident> findIncident(RestApiV2Client client, String dedupKey) throws InterruptedException {
		IncidentFilter open = IncidentFilter.create().statuses(Incident.Status.TRIGGERED, Incident.Status.ACKNOWLEDGED);
		for (int attempt = 0; attempt < 10; attempt++) {
			Optional<Incident> incident = client.incidents()
				.list(open)
				.filter(candidate -> dedupKey.equals(candidate.incidentKey()))
				.findFirst();
			if (incident.isPresent()) {
				return incident;
			}
			Thread.sleep(Duration.ofSeconds(1).toMillis());
		}
		return Optional.empty();
	}

	private void listDirectory(RestApiV2Client client) {
		List<String> services = client.services().list().map(Service::name).toList();
		this.out.println("Services (" + services.size() + "): " + String.join(", ", services));
		List<String> users = client.users().list().map(User::name).toList();
		this.out.println("Users (" + users.size() + "): " + String.join(", ", users));
		List<String> onCall = client.onCalls()
			.list()
			.map(onCallNow -> Optional.ofNullable(onCallNow.user()).map(user -> user.summary()).orElse("nobody") + " ("
					+ Optional.ofNullable(onCallNow.escalationPolicy()).map(policy -> policy.summary()).orElse("?")
					+ ", level " + onCallNow.escalationLevel() + ")")
			.toList();
		this.out.println("On call now (" + onCall.size() + "): " + String.join(", ", onCall));
	}

	private void reportHealth() {
		HealthIndicator indicator = this.healthIndicators.get("pagerdutyHealthIndicator");
		if (indicator == null) {
			return;
		}
		Health health = indicator.health(true);
		if (health == null) {
			this.out.println("Health of PagerDuty: unknown");
			return;
		}
		this.out.println("Health of PagerDuty: " + health.getStatus() + " " + health.getDetails());
	}

	private void reportMetrics() {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry == null) {
			return;
		}
		long requests = registry.find("pagerduty.client.requests").timers().stream().mapToLong(Timer::count).sum();
		double retries = registry.find("pagerduty.client.retries")
			.counters()
			.stream()
			.mapToDouble(c -> c.count())
			.sum();
		String remaining = registry.find("pagerduty.client.rate-limit.remaining")
			.gauges()
			.stream()
			.map(gauge -> gauge.getId().getTag("api") + "=" + (long) gauge.value())
			.collect(Collectors.joining(", "));
		this.out.println("Metrics: pagerduty.client.requests=" + requests + ", pagerduty.client.retries="
				+ (long) retries + ", pagerduty.client.rate-limit.remaining[" + remaining + "]");
	}

}
