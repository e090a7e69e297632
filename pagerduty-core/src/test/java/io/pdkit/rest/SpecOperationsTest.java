package io.pdkit.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks every operation of PagerDuty's OpenAPI spec. Opt-in: runs only when the system
 * property {@code pdkit.spec.rest} names the spec file ({@code .ci/run} passes it when
 * {@code ../shared} is present); skipped otherwise, so that a clone without the spec
 * builds and tests.
 */
class SpecOperationsTest {

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private static RestApiV2Client client;

	@BeforeAll
	static void createClient() {
		client = new RestApiV2Client("secret-key-1234");
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	private static JsonNode spec() {
		String location = System.getProperty("pdkit.spec.rest");
		assumeTrue(location != null && !location.isBlank(), "opt-in: pass -Dpdkit.spec.rest=<path to REST.json>");
		Path path = Path.of(location);
		assumeTrue(Files.isRegularFile(path), "REST.json not found at " + path.toAbsolutePath());
		return JsonMapper.builder().build().readTree(path.toFile());
	}

	@Test
	void everySpecOperationWhenResolvedShouldHaveItsCanonicalPathAndSpecCheckedWrappers() {
		JsonNode spec = spec();
		List<String> problems = new ArrayList<>();
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				operations++;
				String name = method.toUpperCase() + " " + path.getKey();
				String sample = path.getKey().replaceAll("\\{[^}]+}", "PSAMPLE1");
				String resolved = client.canonicalPath(sample.replace("/PSAMPLE1/PSAMPLE1", "/PSAMPLE1/PSAMPLE2"));
				if (!resolved.equals(path.getKey()) && !path.getKey().equals("/tags/{id}/{entity_type}")) {
					problems.add(name + ": sample resolves to " + resolved);
				}
				EntityWrappers wrappers = client.entityWrappers(method, path.getKey());
				check(spec, name, "request", wrappers.request(), requestSchema(operation), problems);
				check(spec, name, "response", wrappers.response(), responseSchema(operation), problems);
			}
		}
		assertThat(operations).isEqualTo(465);
		assertThat(problems).isEmpty();
	}

	private static void check(JsonNode spec, String name, String side, String wrapper, JsonNode schema,
			List<String> problems) {
		if (wrapper == null || schema == null) {
			return;
		}
		Set<String> properties = properties(spec, schema, 0);
		if (properties != null && !properties.contains(wrapper)) {
			problems.add(name + ": " + side + " wrapper " + wrapper + " is not one of " + properties);
		}
	}

	private static JsonNode requestSchema(JsonNode operation) {
		return jsonSchema(operation.path("requestBody"));
	}

	private static JsonNode responseSchema(JsonNode operation) {
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				JsonNode schema = jsonSchema(response.getValue());
				if (schema != null) {
					return schema;
				}
			}
		}
		return null;
	}

	private static JsonNode jsonSchema(JsonNode holder) {
		for (Map.Entry<String, JsonNode> media : holder.path("content").properties()) {
			if (media.getKey().contains("json") && media.getValue().has("schema")) {
				return media.getValue().get("schema");
			}
		}
		return null;
	}

	private static Set<String> properties(JsonNode spec, JsonNode schema, int depth) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			resolved = spec.at(resolved.get("$ref").asString().substring(1));
		}
		if (depth > 10) {
			return null;
		}
		Set<String> names = new HashSet<>();
		boolean found = false;
		if (resolved.path("properties").isObject()) {
			names.addAll(resolved.get("properties").propertyNames());
			found = true;
		}
		for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
			for (JsonNode part : resolved.path(combiner)) {
				Set<String> sub = properties(spec, part, depth + 1);
				if (sub != null) {
					names.addAll(sub);
					found = true;
				}
			}
		}
		return found ? names : null;
	}

}
