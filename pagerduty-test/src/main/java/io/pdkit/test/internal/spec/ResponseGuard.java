package io.pdkit.test.internal.spec;

import java.util.List;

import com.networknt.schema.Error;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the spec-driven store's answers valid: where a stored value (say, a field a
 * client sent in a shape the response schema does not allow) fails the response schema,
 * the generated value for that field replaces it.
 */
final class ResponseGuard {

	private final SpecSchemas schemas;

	ResponseGuard(SpecSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * Returns {@code body}, or {@code body} repaired from {@code fallback}, so that it
	 * validates.
	 * @param depth how many steps below the root the entity's own fields sit (2 for
	 * {@code $.widget.name})
	 */
	JsonNode valid(Operation operation, int status, JsonNode body, JsonNode fallback, int depth) {
		String pointer = "/operations/" + operation.index() + "/responses/" + status;
		JsonNode current = body;
		for (int round = 0; round < 4; round++) {
			List<Error> errors = schemas.validateResponse(pointer, current);
			if (errors.isEmpty()) {
				return current;
			}
			if (!(current instanceof ObjectNode object)) {
				return fallback;
			}
			ObjectNode repaired = object.deepCopy();
			for (Error error : errors) {
				restore(repaired, (ObjectNode) fallback, error.getInstanceLocation().toString(), depth);
			}
			current = repaired;
		}
		return schemas.validateResponse(pointer, current).isEmpty() ? current : fallback;
	}

	private static void restore(ObjectNode target, ObjectNode fallback, String location, int depth) {
		String[] steps = location.startsWith("$") ? location.replace("[", ".").replace("]", "").split("\\.")
				: location.split("/", -1);
		if (steps.length < 2) {
			return;
		}
		int last = Math.min(steps.length - 1, depth);
		JsonNode targetParent = target;
		JsonNode fallbackParent = fallback;
		for (int i = 1; i < last; i++) {
			targetParent = step(targetParent, steps[i]);
			JsonNode fallbackNext = step(fallbackParent, steps[i]);
			fallbackParent = fallbackNext.isMissingNode() && fallbackParent.isArray() ? fallbackParent.path(0)
					: fallbackNext;
			if (targetParent.isMissingNode()) {
				return;
			}
		}
		String key = steps[last];
		if (targetParent instanceof ObjectNode object) {
			JsonNode replacement = fallbackParent.get(key);
			if (replacement == null || replacement.equals(object.get(key))) {
				object.remove(key);
			}
			else {
				object.set(key, replacement.deepCopy());
			}
		}
		else if (targetParent instanceof ArrayNode array && key.matches("\\d+")) {
			JsonNode replacement = fallbackParent.path(0);
			if (!replacement.isMissingNode()) {
				array.set(Integer.parseInt(key), replacement.deepCopy());
			}
		}
	}

	private static JsonNode step(JsonNode node, String key) {
		return node.isArray() && key.matches("\\d+") ? node.path(Integer.parseInt(key)) : node.path(key);
	}

}
