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
 * answer 404, 405 or 501 or fail, and every response body must validate against the derived response schema
 * (and the spec file's own when {@code -Dpdkit.spec.rest} names it).
 */
class SpecWalkTest {

    private static final Set<Integer> UNSERVED = Set.of(404, 405, 501);

    @Test
    void walkWhenEveryOperationIsCalledShouldAnswerEachWithASpecValidSuccess() {
        OperationTable table = OperationTable.shipped();
        ResponseSchemas derived = ResponseSchemas.derived(table);
        Optional<ResponseSchemas> specFile = ResponseSchemas.specFile();
        List<String> failures = new ArrayList<>();
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
            if (UNSERVED.contains(status) || status >= 400) {
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
                    .forEach(e -> failures.add(name + " spec: " + e)));
        }
        long passed = calls.stream().filter(c -> failures.stream().noneMatch(f -> f.startsWith(
                c.operation().method() + " " + c.operation().path() + " ("))).count();
        System.out.printf("Spec walk: %d/%d operations pass in %d ms (spec file: %s)%n", passed, calls.size(),
                walk.toMillis(), specFile.isPresent() ? "checked" : "not given");
        failures.forEach(f -> System.out.println("  " + f));

        assertThat(calls).hasSize(465);
        assertThat(failures).isEmpty();
    }
}
