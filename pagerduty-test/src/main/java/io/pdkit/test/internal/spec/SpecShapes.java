package io.pdkit.test.internal.spec;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads the shape of an operation's success response: the schema, the wrapped entity and
 * whether it is a list.
 */
final class SpecShapes {

	private final SchemaSampler sampler;

	SpecShapes(SchemaSampler sampler) {
		this.sampler = sampler;
	}

	/**
	 * The schema of the value under {@code property}, looking through {@code allOf}; null
	 * when absent.
	 */
	@Nullable JsonNode property(@Nullable JsonNode schema, String property) {
		if (schema == null) {
			return null;
		}
		JsonNode resolved = sampler.resolve(schema);
		JsonNode direct = resolved.path("properties").get(property);
		if (direct != null) {
			return direct;
		}
		for (JsonNode part : resolved.path("allOf")) {
			JsonNode found = property(part, property);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Whether a schema describes an array. */
	boolean isArray(@Nullable JsonNode schema) {
		if (schema == null) {
			return false;
		}
		JsonNode resolved = sampler.resolve(schema);
		return "array".equals(resolved.path("type").asString("")) || resolved.has("items");
	}

	/** The item schema of an array schema. */
	JsonNode items(JsonNode arraySchema) {
		return sampler.resolve(arraySchema).path("items");
	}

}
