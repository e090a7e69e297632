package io.pdkit.test.spec;

import java.util.Map;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.internal.spec.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The preconditions PagerDuty demands of a few operations, which a sampled body cannot
 * know: only an acknowledged incident can be snoozed, an incident merges other incidents
 * (never itself), a maintenance window or an override ends after it starts and is changed
 * before it ends, an override names a user, and an alert update names the alert (the
 * spec's {@code AlertUpdate} has no {@code id}; PagerDuty needs one). Each is arranged
 * through the API, as a user of the simulator would.
 */
final class WalkArrangements {

	private static final String START = "2099-01-01T00:00:00Z";

	private static final String END = "2099-01-01T04:00:00Z";

	private final RestApiV2Client client;

	private final SpecWalk walk;

	WalkArrangements(RestApiV2Client client, SpecWalk walk) {
		this.client = client;
		this.walk = walk;
	}

	/** Completes a sampled body where the operation needs more than the schema says. */
	void body(Operation operation, String path, JsonNode sample) {
		switch (operation.method() + " " + operation.path()) {
			case "PUT /incidents/{id}/merge" -> ((ObjectNode) sample).putArray("source_incidents")
				.addObject()
				.put("type", "incident_reference")
				.put("id", walk.created("/incidents").orElseThrow());
			case "PUT /incidents/{id}/alerts" -> sample.path("alerts")
				.forEach(alert -> ((ObjectNode) alert).put("id", walk.idUnder(path, "id")).put("type", "alert"));
			case "POST /maintenance_windows", "PUT /maintenance_windows/{id}" ->
				((ObjectNode) sample.path("maintenance_window")).put("start_time", START).put("end_time", END);
			case "POST /schedules/{id}/overrides" -> {
				ObjectNode override = ((ObjectNode) sample).putArray("overrides").addObject();
				override.put("start", START).put("end", END);
				override.putObject("user").put("type", "user_reference").put("id", walk.idUnder("/users", "id"));
			}
			default -> {
			}
		}
	}

	/** Brings the addressed object into the state the operation needs. */
	void before(Operation operation, String path) {
		if ((operation.method() + " " + operation.path()).equals("POST /incidents/{id}/snooze")) {
			String incident = path.substring(0, path.length() - "/snooze".length());
			client.rput(incident, Map.of("incident", Map.of("type", "incident_reference", "status", "acknowledged")));
		}
	}

}
