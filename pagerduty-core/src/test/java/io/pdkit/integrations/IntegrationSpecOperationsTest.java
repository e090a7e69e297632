package io.pdkit.integrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pdkit.rest.EntityWrappers;
import io.pdkit.rest.RestApiV2BaseClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks every operation of the REST-style integration specs and checks the client's
 * wrappers against the documented bodies, the way {@code SpecOperationsTest} checks REST
 * API v2. Opt-in: runs only when the system property {@code pdkit.spec.integrations}
 * names the folder holding {@code integration-*.json}.
 */
class IntegrationSpecOperationsTest {

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private static final List<String> SPECS = List.of("integration-slack-service.json",
			"integration-ms-teams-service.json", "integration-jira-cloud.json", "integration-jira-service.json");

	private static final Set<String> ANCILLARY = Set.of("limit", "offset", "more", "total", "next_cursor",
			"response_metadata", "cursor", "after", "before", "warnings");

	@Test
	void everyIntegrationOperationShouldHaveWrappersThatTheSpecDocuments() throws Exception {
		String location = System.getProperty("pdkit.spec.integrations");
		assumeTrue(location != null && !location.isBlank(), "opt-in: pass -Dpdkit.spec.integrations=<folder>");
		List<RestApiV2BaseClient> clients = List.of(new SlackIntegrationApiClient("k-12345678"),
				new SlackIntegrationConnectionsApiClient("k-12345678"), new MsTeamsIntegrationApiClient("k-12345678"),
				new JiraCloudIntegrationApiClient("k-12345678"),
				JiraServerIntegrationApiClient.builder("k-12345678", "s-12345678").build());
		List<String> problems = new ArrayList<>();
		int operations = 0;
		for (String name : SPECS) {
			Path file = Path.of(location, name);
			assumeTrue(Files.isRegularFile(file), name + " not found in " + location);
			JsonNode spec = JsonMapper.builder().build().readTree(file.toFile());
			for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
				for (String method : METHODS) {
					JsonNode operation = path.getValue().get(method);
					if (operation == null) {
						continue;
					}
					operations++;
					String url = server(spec, path.getValue(), operation) + path.getKey();
					RestApiV2BaseClient client = clients.stream()
						.filter(candidate -> url.startsWith(candidate.baseUrl() + "/"))
						.findFirst()
						.orElseThrow();
					String relative = url.substring(client.baseUrl().length());
					String label = client.getClass().getSimpleName() + " " + method.toUpperCase() + " " + relative;
					EntityWrappers wrappers = client.entityWrappers(method, relative);
					check(spec, label + " request", wrappers.request(), jsonSchema(operation.path("requestBody")),
							problems);
					check(spec, label + " response", wrappers.response(), responseSchema(operation), problems);
				}
			}
		}
		clients.forEach(RestApiV2BaseClient::close);
		assertThat(operations).isEqualTo(28);
		assertThat(problems).isEmpty();
	}

	private static String server(JsonNode... holders) {
		for (int i = holders.length - 1; i >= 0; i--) {
			JsonNode servers = holders[i].path("servers");
			if (servers.isArray() && !servers.isEmpty()) {
				return servers.get(0).path("url").asString().replaceAll("/+$", "");
			}
		}
		throw new IllegalStateException("no server URL");
	}

	private static void check(JsonNode spec, String label, String wrapper, JsonNode schema, List<String> problems) {
		if (schema == null) {
			return;
		}
		Set<String> properties = new HashSet<>();
		Set<String> required = new HashSet<>();
		if (!collect(spec, schema, properties, required, 0)) {
			return;
		}
		List<String> content = properties.stream().filter(p -> !ANCILLARY.contains(p)).sorted().toList();
		if (wrapper != null && !properties.contains(wrapper)) {
			problems.add(label + ": wrapper " + wrapper + " is not one of " + properties);
		}
		else if (wrapper != null && !required.isEmpty() && !required.contains(wrapper)) {
			problems.add(label + ": wrapper " + wrapper + " is optional beside required " + required);
		}
		else if (wrapper == null && content.size() == 1 && required.contains(content.get(0))) {
			problems.add(label + ": not wrapped, but the body requires its single property " + content.get(0));
		}
	}

	private static boolean collect(JsonNode spec, JsonNode schema, Set<String> properties, Set<String> required,
			int depth) {
		JsonNode resolved = schema;
		while (resolved.has("$ref")) {
			resolved = spec.at(java.net.URLDecoder.decode(resolved.get("$ref").asString().substring(1),
					java.nio.charset.StandardCharsets.UTF_8));
		}
		if (depth > 10) {
			return false;
		}
		boolean found = false;
		if (resolved.path("properties").isObject()) {
			properties.addAll(resolved.get("properties").propertyNames());
			found = true;
		}
		resolved.path("required").forEach(name -> required.add(name.asString()));
		for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
			for (JsonNode part : resolved.path(combiner)) {
				found |= collect(spec, part, properties, required, depth + 1);
			}
		}
		return found;
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

}
