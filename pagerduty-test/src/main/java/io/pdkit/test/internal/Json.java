package io.pdkit.test.internal;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's JSON mapper and node shortcuts. */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** A new empty object node. */
	public static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	/** A new empty array node. */
	public static ArrayNode array() {
		return JsonNodeFactory.instance.arrayNode();
	}

	/** Serialises a node to compact JSON text. */
	public static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	/**
	 * Parses JSON text, throwing {@link IllegalArgumentException} when it is not JSON.
	 */
	public static JsonNode parse(String text) {
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("Malformed JSON", e);
		}
	}

	/**
	 * Returns the text of a string field, or null when it is absent, null or not a
	 * string.
	 */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

}
