package io.pdkit.test.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events API v2: {@code POST /v2/enqueue} (alerts with dedup-key semantics) and
 * {@code POST /v2/change/enqueue}.
 */
final class EventRoutes {

	private EventRoutes() {
	}

	static void register(Router router) {
		router.events("POST", "/v2/enqueue", EventRoutes::enqueue)
			.events("POST", "/v2/change/enqueue", EventRoutes::enqueueChange);
	}

	private static SimResponse enqueue(SimRequest request, SimContext context) {
		JsonNode event = parse(request);
		if (event == null) {
			return EventErrors.unrecognized();
		}
		List<String> errors = EventValidator.alertEvent(event);
		if (!errors.isEmpty()) {
			return EventErrors.invalidEvent(errors);
		}
		String routingKey = java.util.Objects.requireNonNullElse(Json.text(event, "routing_key"), "");
		Optional<ObjectNode> service = context.state().serviceByRoutingKey(routingKey);
		if (service.isEmpty()) {
			return EventErrors.invalidEvent(List.of("Invalid routing key"));
		}
		ObjectNode integration = context.state().integrationByRoutingKey(routingKey).orElseThrow();
		String action = Json.text(event, "event_action");
		String dedupKey = Json.text(event, "dedup_key");
		if (dedupKey == null || dedupKey.isEmpty()) {
			dedupKey = UUID.randomUUID().toString().replace("-", "");
		}
		IncidentLifecycle lifecycle = new IncidentLifecycle(context);
		Optional<ObjectNode> open = lifecycle.openIncident(service.get(), dedupKey);
		boolean inMaintenance = MaintenanceWindowRoutes.inMaintenance(context, service.get().path("id").asString());
		if ("trigger".equals(action) && open.isEmpty() && !inMaintenance) {
			JsonNode payload = event.get("payload");
			lifecycle.trigger(service.get(), payload.path("summary").asString(),
					service.get().path("incident_urgency_rule").path("urgency").asString("high"), dedupKey,
					details(payload), integration, "events_api_v2");
		}
		else if ("acknowledge".equals(action)) {
			open.ifPresent(incident -> lifecycle.acknowledge(incident, integration, "events_api_v2"));
		}
		else if ("resolve".equals(action)) {
			open.ifPresent(incident -> lifecycle.resolve(incident, integration, "events_api_v2"));
		}
		ObjectNode body = Json.object();
		body.put("status", "success");
		body.put("message", "Event processed");
		body.put("dedup_key", dedupKey);
		return SimResponse.json(202, body);
	}

	private static SimResponse enqueueChange(SimRequest request, SimContext context) {
		JsonNode event = parse(request);
		if (event == null) {
			return EventErrors.unrecognized();
		}
		List<String> errors = EventValidator.changeEvent(event);
		if (!errors.isEmpty()) {
			return EventErrors.invalidEvent(errors);
		}
		String routingKey = java.util.Objects.requireNonNullElse(Json.text(event, "routing_key"), "");
		Optional<ObjectNode> integration = context.state().integrationByRoutingKey(routingKey);
		if (integration.isEmpty()) {
			return EventErrors.invalidEvent(List.of("Invalid routing key"));
		}
		ChangeEvents.record(context, event, integration.get());
		ObjectNode body = Json.object();
		body.put("status", "success");
		body.put("message", "Change event processed");
		return SimResponse.json(202, body);
	}

	private static ObjectNode details(JsonNode payload) {
		ObjectNode body = Json.object();
		body.put("type", "incident_body");
		body.set("details", payload.deepCopy());
		return body;
	}

	private static @Nullable JsonNode parse(SimRequest request) {
		try {
			JsonNode node = Json.parse(request.body());
			return node.isObject() ? node : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
