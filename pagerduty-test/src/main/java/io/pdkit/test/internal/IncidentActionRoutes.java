package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An incident's alerts ({@code GET/PUT /incidents/{id}/alerts}, one alert by id),
 * {@code PUT /incidents/{id}/merge} and {@code POST /incidents/{id}/snooze}; writes need
 * the {@code From} header.
 */
final class IncidentActionRoutes {

	private IncidentActionRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/incidents/{id}/alerts", IncidentActionRoutes::alerts)
			.rest("PUT", "/incidents/{id}/alerts", IncidentActionRoutes::updateAlerts)
			.rest("GET", "/incidents/{id}/alerts/{alert_id}", IncidentActionRoutes::alert)
			.rest("PUT", "/incidents/{id}/alerts/{alert_id}", IncidentActionRoutes::updateAlert)
			.rest("PUT", "/incidents/{id}/merge", IncidentActionRoutes::merge)
			.rest("POST", "/incidents/{id}/snooze", IncidentActionRoutes::snooze);
	}

	private static ObjectNode incident(SimRequest request, SimContext context) {
		Snoozes.wake(context);
		return Entities.find(context.state().incidents, request.pathParam("id"));
	}

	private static SimResponse alerts(SimRequest request, SimContext context) {
		ObjectNode incident = incident(request, context);
		List<String> statuses = request.queryList("statuses");
		String alertKey = request.queryParam("alert_key");
		List<ObjectNode> alerts = Alerts.of(context, incident.path("id").asString())
			.stream()
			.filter(a -> statuses.isEmpty() || statuses.contains(a.path("status").asString()))
			.filter(a -> alertKey == null || alertKey.equals(a.path("alert_key").asString()))
			.sorted(Comparator.comparing((ObjectNode a) -> a.path("created_at").asString()))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "alerts", alerts));
	}

	private static ObjectNode findAlert(SimContext context, ObjectNode incident, String alertId) {
		return Alerts.of(context, incident.path("id").asString())
			.stream()
			.filter(a -> a.path("id").asString().equals(alertId))
			.findFirst()
			.orElseThrow(ApiError::notFound);
	}

	private static SimResponse alert(SimRequest request, SimContext context) {
		ObjectNode incident = incident(request, context);
		return SimResponse.ok(Entities.wrap("alert", findAlert(context, incident, request.pathParam("alert_id"))));
	}

	private static SimResponse updateAlert(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode incident = incident(request, context);
		ObjectNode alert = findAlert(context, incident, request.pathParam("alert_id"));
		applyAlert(Bodies.wrapped(request, "alert"), alert, incident, requester, context);
		return SimResponse.ok(Entities.wrap("alert", alert));
	}

	private static SimResponse updateAlerts(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode incident = incident(request, context);
		JsonNode changes = Bodies.object(request).get("alerts");
		if (changes == null || !changes.isArray() || changes.isEmpty()) {
			throw ApiError.invalidInput("'alerts' must be a non-empty array");
		}
		List<ObjectNode> updated = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			JsonNode change = changes.get(i);
			if (!change.path("id").isString()) {
				throw ApiError.invalidInput("alerts[" + i + "].id is required: it names the alert to change");
			}
			ObjectNode alert = findAlert(context, incident, change.path("id").asString());
			applyAlert((ObjectNode) change, alert, incident, requester, context);
			updated.add(alert);
		}
		return SimResponse.ok(ClassicPage.render(request, "alerts", updated));
	}

	private static void applyAlert(ObjectNode change, ObjectNode alert, ObjectNode incident, ObjectNode requester,
			SimContext context) {
		String status = Json.text(change, "status");
		if (status != null && !status.equals("resolved") && !status.equals("triggered")) {
			throw ApiError.invalidInput("Alert status must be triggered or resolved");
		}
		if (status != null) {
			if (status.equals("triggered") && IncidentLifecycle.isResolved(incident)) {
				throw ApiError.invalidInput("Cannot trigger an alert of a resolved incident");
			}
			alert.put("status", status);
			Alerts.recount(context, incident);
			boolean allResolved = incident.path("alert_counts").path("triggered").asInt() == 0;
			if (allResolved && !IncidentLifecycle.isResolved(incident)) {
				new IncidentLifecycle(context).resolve(incident, requester, "api");
			}
		}
		incident.put("updated_at", Times.format(context.now()));
	}

	private static SimResponse merge(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode target = incident(request, context);
		if (IncidentLifecycle.isResolved(target)) {
			throw ApiError.invalidInput("Cannot merge into a resolved incident");
		}
		JsonNode sources = Bodies.object(request).get("source_incidents");
		if (sources == null || !sources.isArray() || sources.isEmpty()) {
			throw ApiError.invalidInput("'source_incidents' must be a non-empty array");
		}
		List<ObjectNode> merging = new ArrayList<>();
		for (JsonNode ref : sources) {
			ObjectNode source = Entities.find(context.state().incidents, ref.path("id").asString());
			if (source == target) {
				throw ApiError.invalidInput("An incident cannot be merged into itself");
			}
			if (IncidentLifecycle.isResolved(source)) {
				throw ApiError.invalidInput("Incident " + source.path("id").asString() + " is already resolved");
			}
			merging.add(source);
		}
		IncidentLifecycle lifecycle = new IncidentLifecycle(context);
		for (ObjectNode source : merging) {
			Alerts.move(context, source, target);
			lifecycle.resolve(source, requester, "api");
			ObjectNode reason = Json.object();
			reason.put("type", "merge_resolve_reason");
			reason.set("incident", Refs.reference(target));
			source.set("resolve_reason", reason);
		}
		target.put("updated_at", Times.format(context.now()));
		ObjectNode answer = target.deepCopy();
		answer.put("type", "incident_reference");
		return SimResponse.ok(Entities.wrap("incident", answer));
	}

	private static SimResponse snooze(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode incident = incident(request, context);
		JsonNode duration = Bodies.object(request).get("duration");
		if (duration == null || !duration.isIntegralNumber() || duration.asLong() < 1) {
			throw ApiError.invalidInput("'duration' must be a positive number of seconds");
		}
		if (!"acknowledged".equals(incident.path("status").asString())) {
			throw ApiError.invalidInput("Only an acknowledged incident can be snoozed");
		}
		Snoozes.snooze(context, incident, context.now().plusSeconds(duration.asLong()));
		incident.put("updated_at", Times.format(context.now()));
		LogEntries.append(context, "snooze", incident, requester, "api",
				"Snoozed for " + duration.asLong() + " seconds by " + requester.path("summary").asString() + ".");
		ArrayNode pending = (ArrayNode) incident.get("pending_actions");
		pending.removeAll();
		ObjectNode unacknowledge = pending.addObject();
		unacknowledge.put("type", "unacknowledge");
		unacknowledge.put("at", Times.format(context.now().plusSeconds(duration.asLong())));
		return SimResponse.json(201, Entities.wrap("incident", incident));
	}

}
