package io.pdkit.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records change events and serves {@code GET /change_events} and {@code GET
 * /change_events/{id}}, newest first.
 */
final class ChangeEvents {

	private ChangeEvents() {
	}

	static void register(Router router) {
		router.rest("GET", "/change_events", ChangeEvents::list).rest("GET", "/change_events/{id}", ChangeEvents::get);
	}

	static ObjectNode record(SimContext context, JsonNode event, ObjectNode integration) {
		JsonNode payload = event.get("payload");
		String id = context.state().newId();
		ObjectNode change = Refs.resource(id, "change_event", payload.path("summary").asString(),
				context.links().self("change_events", id), null);
		String timestamp = Json.text(payload, "timestamp");
		change.put("timestamp", timestamp == null ? Times.format(context.now())
				: Times.format(Times.parse(timestamp, "payload.timestamp")));
		ObjectNode service = context.state().services.get(integration.path("service").path("id").asString());
		change.putArray("services")
			.add(Refs.reference(java.util.Objects.requireNonNull(service, "service of the integration")));
		change.set("integration", Refs.reference(integration));
		change.put("routing_key", integration.path("integration_key").asString());
		if (payload.path("source").isString()) {
			change.set("source", payload.get("source").deepCopy());
		}
		change.set("links", event.path("links").isArray() ? event.get("links").deepCopy() : Json.array());
		change.set("images", event.path("images").isArray() ? event.get("images").deepCopy() : Json.array());
		change.set("custom_details",
				payload.path("custom_details").isObject() ? payload.get("custom_details").deepCopy() : Json.object());
		context.state().changeEvents.add(change);
		return change;
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String since = request.queryParam("since");
		String until = request.queryParam("until");
		Instant from = since == null ? null : Times.parse(since, "since");
		Instant to = until == null ? null : Times.parse(until, "until");
		List<String> integrationIds = request.queryList("integration_ids");
		List<ObjectNode> events = new ArrayList<>();
		for (ObjectNode change : context.state().changeEvents) {
			Instant at = Instant.parse(change.path("timestamp").asString());
			boolean inWindow = (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
			boolean ofIntegration = integrationIds.isEmpty()
					|| integrationIds.contains(change.path("integration").path("id").asString());
			if (inWindow && ofIntegration) {
				events.add(0, change);
			}
		}
		return SimResponse.ok(ClassicPage.render(request, "change_events", events));
	}

	private static SimResponse get(SimRequest request, SimContext context) {
		String id = request.pathParam("id");
		ObjectNode change = context.state().changeEvents.stream()
			.filter(c -> c.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(ApiError::notFound);
		return SimResponse.ok(Entities.wrap("change_event", change));
	}

}
