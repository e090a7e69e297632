package io.pdkit.test.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code schedule} body of a create, update or preview into the stored
 * schedule's fields.
 */
final class ScheduleLayers {

	private ScheduleLayers() {
	}

	/**
	 * Writes name, description, time zone and layers from {@code body} into
	 * {@code schedule}, and the users reference list.
	 * @throws ApiError 400 naming the first invalid field
	 */
	static void apply(ObjectNode body, ObjectNode schedule, SimContext context) {
		String timeZone = Json.text(body, "time_zone");
		if (timeZone != null) {
			schedule.put("time_zone", timeZone);
		}
		else if (!schedule.has("time_zone")) {
			throw ApiError.invalidInput("schedule.time_zone is required");
		}
		String name = Json.text(body, "name");
		if (name != null) {
			schedule.put("name", name);
			schedule.put("summary", name);
		}
		String description = Json.text(body, "description");
		if (description != null) {
			schedule.put("description", description);
		}
		JsonNode layers = body.get("schedule_layers");
		if (layers == null) {
			if (!schedule.has("schedule_layers")) {
				schedule.putArray("schedule_layers");
				schedule.putArray("users");
			}
			return;
		}
		if (!layers.isArray()) {
			throw ApiError.invalidInput("schedule.schedule_layers must be an array");
		}
		ArrayNode stored = Json.array();
		Map<String, ObjectNode> users = new LinkedHashMap<>();
		for (int i = 0; i < layers.size(); i++) {
			stored.add(layer(layers.get(i), i, users, context));
		}
		schedule.set("schedule_layers", stored);
		ArrayNode refs = schedule.putArray("users");
		users.values().forEach(user -> refs.add(Refs.reference(user)));
	}

	private static ObjectNode layer(JsonNode input, int index, Map<String, ObjectNode> users, SimContext context) {
		String field = "schedule.schedule_layers[" + index + "]";
		ObjectNode layer = Json.object();
		layer.put("id", input.path("id").asString(context.state().newId()));
		layer.put("name", input.path("name").asString("Layer " + (index + 1)));
		Instant start = instant(input, "start", field);
		layer.put("start", Times.format(start));
		if (input.hasNonNull("end")) {
			Instant end = instant(input, "end", field);
			if (!end.isAfter(start)) {
				throw ApiError.invalidInput(field + ".end must be after its start");
			}
			layer.put("end", Times.format(end));
		}
		layer.put("rotation_virtual_start", Times.format(instant(input, "rotation_virtual_start", field)));
		JsonNode turn = input.get("rotation_turn_length_seconds");
		if (turn == null || !turn.isIntegralNumber() || turn.asLong() < 3600) {
			throw ApiError
				.invalidInput(field + ".rotation_turn_length_seconds must be a whole number of at least" + " 3600");
		}
		layer.put("rotation_turn_length_seconds", turn.asLong());
		JsonNode members = input.path("users");
		if (!members.isArray() || members.isEmpty()) {
			throw ApiError.invalidInput(field + ".users must name at least one user");
		}
		ArrayNode layerUsers = layer.putArray("users");
		for (JsonNode member : members) {
			String id = member.path("user").path("id").asString();
			ObjectNode user = context.state().users.get(id);
			if (user == null) {
				throw ApiError.invalidInput(field + ".users: user not found: " + id);
			}
			layerUsers.addObject().set("user", Refs.reference(user));
			users.putIfAbsent(id, user);
		}
		layer.set("restrictions",
				input.path("restrictions").isArray() ? input.get("restrictions").deepCopy() : Json.array());
		return layer;
	}

	private static Instant instant(JsonNode input, String name, String field) {
		String text = Json.text(input, name);
		if (text == null) {
			throw ApiError.invalidInput(field + "." + name + " is required");
		}
		return Times.parse(text, field + "." + name);
	}

}
