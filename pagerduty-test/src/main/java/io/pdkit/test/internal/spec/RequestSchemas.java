package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request-side variants of the derived document. A client may send a property the spec
 * marks {@code readOnly} (PagerDuty ignores it) and need not send one the spec requires
 * but marks {@code readOnly}; that must hold inside {@code anyOf} branches too, where
 * filtering the validator's errors afterwards comes too late, so the variants rewrite the
 * schemas instead. The update variant also drops every {@code required} list: PUT and
 * PATCH bodies may be partial, and a partial body must still be matched to its
 * {@code anyOf} branch by types and enum values.
 */
final class RequestSchemas {

	private RequestSchemas() {
	}

	/**
	 * The document for POST (and other creating) bodies: readOnly tolerated, never
	 * required.
	 */
	static JsonNode forCreate(JsonNode document) {
		JsonNode copy = document.deepCopy();
		rewrite(copy, false);
		return copy;
	}

	/**
	 * The document for PUT and PATCH bodies: as {@link #forCreate}, with nothing
	 * required.
	 */
	static JsonNode forUpdate(JsonNode document) {
		JsonNode copy = document.deepCopy();
		rewrite(copy, true);
		return copy;
	}

	private static void rewrite(JsonNode node, boolean partial) {
		if (node instanceof ObjectNode object) {
			if (object.path("required").isArray()) {
				if (partial) {
					object.remove("required");
				}
				else {
					pruneReadOnly(object);
				}
			}
			if (object.path("readOnly").isBoolean()) {
				object.remove("readOnly");
			}
			List<JsonNode> children = new ArrayList<>();
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				children.add(entry.getValue());
			}
			children.forEach(child -> rewrite(child, partial));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(child -> rewrite(child, partial));
		}
	}

	private static void pruneReadOnly(ObjectNode schema) {
		JsonNode properties = schema.path("properties");
		ArrayNode kept = schema.arrayNode();
		for (JsonNode name : schema.path("required")) {
			if (!properties.path(name.asString()).path("readOnly").asBoolean(false)) {
				kept.add(name);
			}
		}
		schema.set("required", kept);
	}

}
