package io.pdkit.test.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code include[]}: replaces references with the full objects they name, on a copy. */
final class Includes {

	private Includes() {
	}

	/**
	 * A user with {@code contact_methods}, {@code notification_rules} and {@code teams}
	 * expanded as asked.
	 */
	static ObjectNode user(ObjectNode user, List<String> include, SimContext context) {
		if (include.isEmpty()) {
			return user;
		}
		ObjectNode copy = user.deepCopy();
		String id = user.path("id").asString();
		if (include.contains("contact_methods")) {
			copy.set("contact_methods", array(context.state().contactMethods.getOrDefault(id, List.of())));
		}
		if (include.contains("notification_rules")) {
			copy.set("notification_rules", array(context.state().notificationRules.getOrDefault(id, List.of())));
		}
		if (include.contains("teams")) {
			copy.set("teams", expand(user.path("teams"), context.state().teams));
		}
		return copy;
	}

	/** An escalation policy with {@code services} and {@code teams} expanded as asked. */
	static ObjectNode policy(ObjectNode policy, List<String> include, SimContext context) {
		if (include.isEmpty()) {
			return policy;
		}
		ObjectNode copy = policy.deepCopy();
		if (include.contains("services")) {
			copy.set("services", expand(policy.path("services"), context.state().services));
		}
		if (include.contains("teams")) {
			copy.set("teams", expand(policy.path("teams"), context.state().teams));
		}
		return copy;
	}

	private static ArrayNode expand(JsonNode references, Map<String, ObjectNode> source) {
		ArrayNode full = Json.array();
		for (JsonNode ref : references) {
			ObjectNode item = source.get(ref.path("id").asString());
			full.add(item == null ? ref.deepCopy() : item.deepCopy());
		}
		return full;
	}

	private static ArrayNode array(List<ObjectNode> items) {
		ArrayNode array = Json.array();
		items.forEach(item -> array.add(item.deepCopy()));
		return array;
	}

}
