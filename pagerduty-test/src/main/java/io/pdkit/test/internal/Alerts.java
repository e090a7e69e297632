package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alerts of incidents: one opened with each incident, resolved with it, moved by a
 * merge.
 */
final class Alerts {

	private Alerts() {
	}

	/** The incident's alerts, oldest first (a live list). */
	static List<ObjectNode> of(SimContext context, String incidentId) {
		return context.state().alerts.computeIfAbsent(incidentId, k -> new ArrayList<>());
	}

	/** Opens the first alert of a new incident and sets its counts. */
	static ObjectNode open(SimContext context, ObjectNode incident, JsonNode agent, JsonNode triggerEntry) {
		String id = context.state().newId();
		String incidentId = incident.path("id").asString();
		ObjectNode alert = Refs.resource(id, "alert", incident.path("title").asString(),
				context.links().self("incidents/" + incidentId + "/alerts", id), context.links().html("alerts", id));
		alert.put("created_at", incident.path("created_at").asString());
		alert.put("status", "triggered");
		alert.put("alert_key", incident.path("incident_key").asString());
		alert.set("service", incident.get("service").deepCopy());
		alert.set("first_trigger_log_entry", Refs.reference(triggerEntry));
		alert.set("incident", Refs.reference(incident));
		alert.put("suppressed", false);
		JsonNode details = incident.path("body").path("details");
		String severity = details.path("severity").asString("critical");
		alert.put("severity",
				List.of("info", "warning", "error", "critical").contains(severity) ? severity : "critical");
		if (agent.path("type").asString().endsWith("integration")) {
			alert.set("integration", Refs.reference(agent));
		}
		ObjectNode body = alert.putObject("body");
		body.put("type", "alert_body");
		body.set("details", details.isObject() ? details.deepCopy() : Json.object());
		of(context, incidentId).add(alert);
		recount(context, incident);
		return alert;
	}

	/** Resolves every alert of an incident. */
	static void resolveAll(SimContext context, ObjectNode incident) {
		of(context, incident.path("id").asString()).forEach(alert -> alert.put("status", "resolved"));
		recount(context, incident);
	}

	/** Moves the alerts of {@code source} to {@code target}. */
	static void move(SimContext context, ObjectNode source, ObjectNode target) {
		List<ObjectNode> moving = of(context, source.path("id").asString());
		List<ObjectNode> into = of(context, target.path("id").asString());
		for (ObjectNode alert : moving) {
			alert.set("incident", Refs.reference(target));
			alert.put("self", context.links()
				.self("incidents/" + target.path("id").asString() + "/alerts", alert.path("id").asString()));
			into.add(alert);
		}
		moving.clear();
		recount(context, source);
		recount(context, target);
	}

	/** Sets {@code alert_counts} from the incident's alerts. */
	static void recount(SimContext context, ObjectNode incident) {
		List<ObjectNode> alerts = of(context, incident.path("id").asString());
		long triggered = alerts.stream().filter(a -> "triggered".equals(a.path("status").asString())).count();
		ObjectNode counts = incident.putObject("alert_counts");
		counts.put("all", alerts.size());
		counts.put("triggered", triggered);
		counts.put("resolved", alerts.size() - triggered);
	}

}
