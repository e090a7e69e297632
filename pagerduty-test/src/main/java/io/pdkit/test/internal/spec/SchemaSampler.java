package io.pdkit.test.internal.spec;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.pdkit.test.internal.Json;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds small JSON values that satisfy a schema of the derived table: required
 * properties plus the identity properties ({@code id}, {@code type}, {@code summary},
 * {@code name}, {@code self}, {@code html_url}), the first enum value, the spec's example
 * for a string with a {@code pattern}, the first {@code oneOf}/{@code anyOf} branch,
 * {@code allOf} parts merged. The same schema and id always give the same value.
 */
public final class SchemaSampler {

	private static final Set<String> IDENTITY = Set.of("id", "type", "summary", "name", "self", "html_url");

	private static final int MAX_DEPTH = 10;

	private final JsonNode document;

	/** A sampler resolving {@code $ref}s inside {@code document}. */
	public SchemaSampler(JsonNode document) {
		this.document = document;
	}

	/**
	 * What the sampled value is for: its id and the URLs that
	 * {@code self}/{@code html_url} get.
	 */
	public record Seed(String id, String self, String htmlUrl, boolean request) {
	}

	/** A value for {@code schema}. */
	public JsonNode sample(JsonNode schema, Seed seed) {
		return value(schema, seed, "", 0);
	}

	/** Follows {@code $ref}s to the schema they name. */
	public JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 20 && current.has("$ref"); i++) {
			current = document.at(current.get("$ref").asString().substring(1));
		}
		return current;
	}

	private JsonNode value(JsonNode raw, Seed seed, String name, int depth) {
		JsonNode schema = resolve(raw);
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (schema.has("enum") && schema.get("enum").size() > 0) {
			return schema.get("enum").get(0);
		}
		if (schema.has("default") && !schema.get("default").isNull() && !schema.has("properties")
				&& !schema.has("allOf")) {
			return schema.get("default");
		}
		if (depth > MAX_DEPTH && schema.path("nullable").asBoolean()) {
			return nodes.nullNode();
		}
		Shape shape = new Shape();
		flatten(schema, shape, 0);
		if (shape.type.equals("object") || !shape.properties.isEmpty()) {
			ObjectNode object = objectValue(shape, seed, depth);
			if (shape.choice != null) {
				JsonNode picked = value(shape.choice, seed, name, depth);
				if (picked instanceof ObjectNode pickedObject) {
					merge(object, pickedObject);
				}
				else if (object.isEmpty()) {
					return picked;
				}
			}
			return object;
		}
		if (shape.choice != null) {
			return value(shape.choice, seed, name, depth);
		}
		return switch (shape.type) {
			case "array" -> arrayValue(shape.schema, seed, name, depth, shape.required.contains(name));
			case "integer" -> nodes.numberNode(number(shape.schema));
			case "number" -> nodes.numberNode((double) number(shape.schema));
			case "boolean" -> nodes.booleanNode(false);
			case "string" -> nodes.stringNode(string(shape.schema, seed, name));
			default -> shape.schema.path("nullable").asBoolean() ? nodes.nullNode() : nodes.stringNode("pdkit");
		};
	}

	/**
	 * A schema with its {@code allOf} parts folded in: properties, required names, type,
	 * one branch.
	 */
	private static final class Shape {

		final Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();

		final Set<String> required = new java.util.LinkedHashSet<>();

		String type = "";

		JsonNode schema = JsonNodeFactory.instance.objectNode();

		@Nullable JsonNode choice;

	}

	private void flatten(JsonNode raw, Shape shape, int level) {
		JsonNode schema = resolve(raw);
		if (level == 0) {
			shape.schema = schema;
		}
		if (level > 12) {
			return;
		}
		for (JsonNode part : schema.path("allOf")) {
			flatten(part, shape, level + 1);
		}
		schema.path("properties").properties().forEach(e -> {
			JsonNode known = shape.properties.get(e.getKey());
			if (known == null || constrained(e.getValue()) && !constrained(known)) {
				shape.properties.put(e.getKey(), e.getValue());
			}
		});
		schema.path("required").forEach(r -> shape.required.add(r.asString()));
		String type = schema.path("type").asString("");
		if (!type.isEmpty() && (shape.type.isEmpty() || level == 0)) {
			shape.type = type;
			if (level > 0 && shape.schema.path("type").isMissingNode()) {
				shape.schema = schema;
			}
		}
		if (shape.type.isEmpty() && schema.has("items")) {
			shape.type = "array";
			shape.schema = schema;
		}
		for (String choice : new String[] { "oneOf", "anyOf" }) {
			if (shape.choice == null && schema.path(choice).size() > 0) {
				shape.choice = schema.get(choice).get(0);
			}
		}
	}

	private boolean constrained(JsonNode property) {
		JsonNode resolved = resolve(property);
		return resolved.has("enum") || resolved.has("const") || resolved.has("format");
	}

	private ObjectNode objectValue(Shape shape, Seed seed, int depth) {
		ObjectNode object = Json.object();
		for (Map.Entry<String, JsonNode> property : shape.properties.entrySet()) {
			String key = property.getKey();
			boolean required = shape.required.contains(key);
			JsonNode propertySchema = resolve(property.getValue());
			if (seed.request() && !required && propertySchema.path("readOnly").asBoolean()) {
				continue;
			}
			boolean wanted = required || depth <= 1 && IDENTITY.contains(key);
			if (!wanted || depth > MAX_DEPTH + 4) {
				continue;
			}
			Seed inner = depth <= 1 ? seed
					: new Seed(derivedId(seed.id(), key), seed.self(), seed.htmlUrl(), seed.request());
			JsonNode value = resolve(property.getValue()).has("items")
					|| "array".equals(resolve(property.getValue()).path("type").asString(""))
							? arrayValue(resolve(property.getValue()), inner, key, depth + 1, required)
							: value(property.getValue(), inner, key, depth + 1);
			object.set(key, value);
		}
		for (String key : shape.required) {
			if (!object.has(key) && !shape.properties.containsKey(key)) {
				object.put(key, named(key, seed));
			}
		}
		return object;
	}

	private ArrayNode arrayValue(JsonNode schema, Seed seed, String name, int depth, boolean required) {
		ArrayNode array = Json.array();
		int count = Math.max(schema.path("minItems").asInt(0), required && depth <= MAX_DEPTH ? 1 : 0);
		for (int i = 0; i < count; i++) {
			array.add(value(schema.path("items"),
					new Seed(derivedId(seed.id(), name + i), seed.self(), seed.htmlUrl(), seed.request()), name,
					depth + 1));
		}
		return array;
	}

	private static long number(JsonNode schema) {
		if (schema.has("minimum")) {
			return (long) Math.ceil(schema.get("minimum").asDouble());
		}
		if (schema.has("maximum")) {
			return Math.min(1, (long) Math.floor(schema.get("maximum").asDouble()));
		}
		return 1;
	}

	private String string(JsonNode schema, Seed seed, String name) {
		if (schema.has("pattern") && schema.path("example").isString()) {
			return schema.get("example").asString();
		}
		String format = schema.path("format").asString("");
		String text = switch (format) {
			case "date-time" -> "2026-01-01T00:00:00Z";
			case "date" -> "2026-01-01";
			case "email" -> "user-" + seed.id().toLowerCase(java.util.Locale.ROOT) + "@example.com";
			case "uri", "url" -> name.equals("html_url") ? seed.htmlUrl() : seed.self();
			case "uuid" -> UUID.nameUUIDFromBytes(seed.id().getBytes(StandardCharsets.UTF_8)).toString();
			default -> named(name, seed);
		};
		int min = schema.path("minLength").asInt(0);
		int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		StringBuilder padded = new StringBuilder(text);
		while (padded.length() < min) {
			padded.append('x');
		}
		return padded.length() > max ? padded.substring(0, max) : padded.toString();
	}

	private static String named(String name, Seed seed) {
		return switch (name) {
			case "id" -> seed.id();
			case "self" -> seed.self();
			case "html_url" -> seed.htmlUrl();
			case "" -> "pdkit";
			default -> name.endsWith("_at") ? "2026-01-01T00:00:00Z" : "Sample " + name.replace('_', ' ');
		};
	}

	/** A PagerDuty-looking id derived from another id and a name, the same every time. */
	public static String derivedId(String base, String name) {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
		long hash = 1125899906842597L;
		for (char c : (base + "/" + name).toCharArray()) {
			hash = 31 * hash + c;
		}
		StringBuilder id = new StringBuilder("P");
		for (int i = 0; i < 6; i++) {
			id.append(alphabet.charAt((int) Math.floorMod(hash, (long) alphabet.length())));
			hash = hash / alphabet.length() + 7919L * i;
		}
		return id.toString();
	}

	private static void merge(ObjectNode target, ObjectNode source) {
		Iterator<Map.Entry<String, JsonNode>> fields = source.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode existing = target.get(field.getKey());
			if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode sourceObject) {
				merge(existingObject, sourceObject);
			}
			else {
				target.set(field.getKey(), field.getValue());
			}
		}
	}

}
