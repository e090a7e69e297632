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
 * Walks all 465 operations of PagerDuty's REST API v2 through pdkit's client against the simulator: none may
 * answer 404, 405 or 501, and every operation but the listed known gaps must succeed with a body that validates
 * against the derived response schema. When {@code -Dpdkit.spec.rest} names the spec file, each body is also
 * validated against the spec's own schema and the result is printed, not asserted: the spec's overlapping
 * {@code oneOf}s and mapping-less discriminators reject bodies PagerDuty itself sends (see docs/simulator.md).
 */
class SpecWalkTest {

    private static final Set<Integer> UNSERVED = Set.of(404, 405, 501);

    /**
     * Operations that still fail the walk, each for a reason that is not fixed yet. The test fails when any other
     * operation fails, and when one of these starts to pass (so that the list only shrinks).
     * <ul>
     * <li>{@code /ip_allow_lists}: the sampler cannot produce a value for the CIDR {@code pattern}.</li>
     * <li>{@code GET /log_entries}: the stateful {@code acknowledge_log_entry} matches no branch of the spec's
     * {@code LogEntry} (its branch names the type {@code acknowledgement_log_entry}).</li>
     * <li>{@code /users/{id}/contact_methods}: the sampled body's {@code type} contradicts its branch.</li>
     * </ul>
     */
    private static final Set<String> KNOWN_GAPS = Set.of("GET /ip_allow_lists", "POST /ip_allow_lists",
            "GET /ip_allow_lists/{id}", "PUT /ip_allow_lists/{id}", "GET /log_entries",
            "POST /users/{id}/contact_methods", "PUT /users/{id}/contact_methods/{contact_method_id}");

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
                RestApiV2Client client = RestApiV2Client.builder(sim.apiKey()).baseUrl(sim.restBaseUrl())
                        .defaultFrom(sim.ownerEmail()).sleeper(duration -> { }).build()) {
            try (EventsApiV2Client events = EventsApiV2Client.builder(sim.routingKey()).baseUrl(sim.eventsBaseUrl())
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
        long specFailing = calls.stream().map(c -> c.operation().method() + " " + c.operation().path())
                .filter(key -> specFailures.stream().anyMatch(f -> f.startsWith(key + " ("))).distinct().count();
        specFile.ifPresent(spec -> System.out.printf("Against the spec file itself: %d/%d operations valid%n",
                calls.size() - specFailing, calls.size()));
        specFailures.forEach(f -> System.out.println("  " + f));

        assertThat(calls).hasSize(465);
        assertThat(unserved).isEmpty();
        assertThat(failures).filteredOn(f -> KNOWN_GAPS.stream().noneMatch(gap -> f.startsWith(gap + " (")))
                .isEmpty();
        assertThat(failing).containsExactlyInAnyOrderElementsOf(KNOWN_GAPS);
    }
}
