package io.pdkit.test.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.internal.Json;
import io.pdkit.test.internal.spec.OperationTable;

/**
 * Walks all 465 operations of PagerDuty's REST API v2 through pdkit's client against the
 * simulator: none may answer 404, 405 or 501, and every operation must succeed with a
 * body that validates against the derived response schema (no known gaps are left). When
 * {@code -Dpdkit.spec.rest} names the spec file, each body is also validated against the
 * spec's own schema and the result is printed, not asserted: the spec's overlapping
 * {@code oneOf}s and mapping-less discriminators reject bodies PagerDuty itself sends
 * (see docs/simulator.md).
 */
class SpecWalkTest {

	private static final Set<Integer> UNSERVED = Set.of(404, 405, 501);

	@Test
	void walkWhenEveryOperationIsCalledShouldAnswerEachWithASpecValidSuccess() {
		OperationTable table = OperationTable.shipped();
		ResponseSchemas derived = ResponseSchemas.derived(table);
		Optional<ResponseSchemas> specFile = ResponseSchemas.specFile();
		List<String> failures = new ArrayList<>();
		List<String> unserved = new ArrayList<>();
		List<String> specFailures = new ArrayList<>();
		long started = System.nanoTime();
		List<SpecWalk.Call> calls;
		try (PagerDutySimulator sim = PagerDutySimulator.builder().rateLimit(100_000, Duration.ofMinutes(1)).start();
				RestApiV2Client client = RestApiV2Client.builder(sim.apiKey())
					.baseUrl(sim.restBaseUrl())
					.defaultFrom(sim.ownerEmail())
					.sleeper(duration -> {
					})
					.build()) {
			try (EventsApiV2Client events = EventsApiV2Client.builder(sim.routingKey())
				.baseUrl(sim.eventsBaseUrl())
				.build()) {
				events.submit("Deployed checkout v2");
			}
			calls = new SpecWalk(client, table).walkAll();
		}
		Duration walk = Duration.ofNanos(System.nanoTime() - started);
		for (SpecWalk.Call call : calls) {
			int status = call.response().status();
			String name = call.operation().method() + " " + call.operation().path() + " (" + call.path() + ")";
			if (UNSERVED.contains(status)) {
				unserved.add(name + " answered " + status);
			}
			if (status >= 400) {
				failures.add(name + " answered " + status + ": " + call.response().bodyExcerpt());
				continue;
			}
			byte[] bytes = call.response().body();
			if (bytes.length == 0) {
				continue;
			}
			var body = Json.parse(call.response().text());
			derived.errors(call.operation(), status, body).forEach(e -> failures.add(name + " derived: " + e));
			specFile.ifPresent(spec -> spec.errors(call.operation(), status, body)
				.forEach(e -> specFailures.add(name + " spec: " + e)));
		}
		Set<String> failing = new java.util.TreeSet<>();
		for (SpecWalk.Call call : calls) {
			String key = call.operation().method() + " " + call.operation().path();
			if (failures.stream().anyMatch(f -> f.startsWith(key + " ("))) {
				failing.add(key);
			}
		}
		long passed = calls.size() - failing.size();
		System.out.printf("Spec walk: %d/%d operations pass in %d ms (spec file: %s)%n", passed, calls.size(),
				walk.toMillis(), specFile.isPresent() ? "checked" : "not given");
		failures.forEach(f -> System.out.println("  " + f));
		long specFailing = calls.stream()
			.map(c -> c.operation().method() + " " + c.operation().path())
			.filter(key -> specFailures.stream().anyMatch(f -> f.startsWith(key + " (")))
			.distinct()
			.count();
		specFile.ifPresent(spec -> System.out.printf("Against the spec file itself: %d/%d operations valid%n",
				calls.size() - specFailing, calls.size()));
		specFailures.forEach(f -> System.out.println("  " + f));

		assertThat(calls).hasSize(465);
		assertThat(unserved).isEmpty();
		assertThat(failures).isEmpty();
		assertThat(failing).isEmpty();
	}

}
