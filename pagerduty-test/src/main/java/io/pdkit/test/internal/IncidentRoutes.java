package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /incidents}: list, get, create, update one and update many. */
final class IncidentRoutes {

	private IncidentRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/incidents", IncidentRoutes::list)
			.rest("POST", "/incidents", IncidentRoutes::create)
			.rest("PUT", "/incidents", IncidentRoutes::updateMany)
			.rest("GET", "/incidents/{id}", IncidentRoutes::get)
			.rest("PUT", "/incidents/{id}", IncidentRoutes::update);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		Snoozes.wake(context);
		return SimResponse.ok(ClassicPage.render(request, "incidents", IncidentQuery.apply(request, context)));
	}

	private static SimResponse get(SimRequest request, SimContext context) {
		Snoozes.wake(context);
		return SimResponse
			.ok(Entities.wrap("incident", Entities.find(context.state().incidents, request.pathParam("id"))));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode body = Bodies.wrapped(request, "incident");
		String title = Json.text(body, "title");
		if (title == null || title.isBlank()) {
			throw ApiError.invalidInput("Title can't be blank");
		}
		ObjectNode service = context.state().services.get(body.path("service").path("id").asString());
		if (service == null) {
			throw ApiError.invalidInput("Service not found");
		}
		String urgency = body.path("urgency")
			.asString(service.path("incident_urgency_rule").path("urgency").asString("high"));
		if (!urgency.equals("high") && !urgency.equals("low")) {
			throw ApiError.invalidInput("Urgency must be high or low");
		}
		String key = body.path("incident_key").asString(UUID.randomUUID().toString().replace("-", ""));
		IncidentLifecycle lifecycle = new IncidentLifecycle(context);
		if (lifecycle.openIncident(service, key).isPresent()) {
			throw ApiError.invalidInput("Open incident with matching dedup key already exists on this service");
		}
		ObjectNode incident = lifecycle.trigger(service, title, urgency, key, body.get("body"), requester, "api");
		return SimResponse.json(201, Entities.wrap("incident", incident));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		Snoozes.wake(context);
		ObjectNode incident = Entities.find(context.state().incidents, request.pathParam("id"));
		apply(Bodies.wrapped(request, "incident"), incident, requester, context);
		return SimResponse.ok(Entities.wrap("incident", incident));
	}

	private static SimResponse updateMany(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		Snoozes.wake(context);
		JsonNode changes = Bodies.object(request).get("incidents");
		if (changes == null || !changes.isArray() || changes.isEmpty()) {
			throw ApiError.invalidInput("'incidents' must be a non-empty array");
		}
		List<ObjectNode> targets = new ArrayList<>();
		for (JsonNode change : changes) {
			targets.add(Entities.find(context.state().incidents, change.path("id").asString()));
		}
		ObjectNode body = Json.object();
		ArrayNode updated = body.putArray("incidents");
		for (int i = 0; i < targets.size(); i++) {
			if (!(changes.get(i) instanceof ObjectNode change)) {
				throw ApiError.invalidInput("Each element of 'incidents' must be an object");
			}
			apply(change, targets.get(i), requester, context);
			updated.add(targets.get(i).deepCopy());
		}
		body.put("limit", targets.size());
		body.put("offset", 0);
		body.put("more", false);
		body.putNull("total");
		return SimResponse.ok(body);
	}

	private static void apply(ObjectNode change, ObjectNode incident, ObjectNode requester, SimContext context) {
		String status = Json.text(change, "status");
		IncidentLifecycle lifecycle = new IncidentLifecycle(context);
		if (status != null && !status.equals(incident.path("status").asString())
				&& IncidentLifecycle.isResolved(incident)) {
			throw ApiError.invalidInput("Incident Already Resolved");
		}
		if ("acknowledged".equals(status)) {
			lifecycle.acknowledge(incident, requester, "api");
		}
		else if ("resolved".equals(status)) {
			lifecycle.resolve(incident, requester, "api");
		}
		else if (status != null && !status.equals(incident.path("status").asString())) {
			throw ApiError.invalidInput("Status must be acknowledged or resolved");
		}
		String title = Json.text(change, "title");
		if (title != null && !title.isBlank()) {
			incident.put("title", title);
			incident.put("summary", "[#" + incident.path("incident_number").asInt() + "] " + title);
		}
		String urgency = Json.text(change, "urgency");
		if (urgency != null) {
			if (!urgency.equals("high") && !urgency.equals("low")) {
				throw ApiError.invalidInput("Urgency must be high or low");
			}
			incident.put("urgency", urgency);
		}
		IncidentChanges.priority(change, incident, context);
		IncidentChanges.assignments(change, incident, requester, context);
		incident.put("updated_at", Times.format(context.now()));
	}

}
