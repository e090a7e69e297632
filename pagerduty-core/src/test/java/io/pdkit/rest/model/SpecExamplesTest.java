package io.pdkit.rest.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.pdkit.rest.EntityWrappers;
import io.pdkit.rest.RestApiV2Client;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Parses every response example of PagerDuty's spec for the typed resources into the
 * records, and checks that writing the record back keeps every non-null property of the
 * example. Opt-in: runs only when the system property {@code pdkit.spec.rest} names the
 * spec file. One example of the spec is not valid for its own schema
 * ({@code GET /users/me} writes a boolean as the text {@code "true,"}); it is expected to
 * fail and named.
 */
class SpecExamplesTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Set<String> WRITES = Set.of("get", "post", "put");

	private static final Map<Pattern, Class<?>> RECORDS = new LinkedHashMap<>();

	static {
		RECORDS.put(Pattern.compile("/incidents(/\\{id}(/merge|/snooze)?)?"), Incident.class);
		RECORDS.put(Pattern.compile("/incidents/\\{id}/alerts(/\\{alert_id})?"), Alert.class);
		RECORDS.put(Pattern.compile("/incidents/\\{id}/notes"), IncidentNote.class);
		RECORDS.put(Pattern.compile("(/incidents/\\{id})?/log_entries(/\\{id})?"), LogEntry.class);
		RECORDS.put(Pattern.compile("/services(/\\{id})?"), Service.class);
		RECORDS.put(Pattern.compile("/services/\\{id}/integrations(/\\{integration_id})?"), Integration.class);
		RECORDS.put(Pattern.compile("/users(/\\{id}|/me)?|/schedules/\\{id}/users"), User.class);
		RECORDS.put(Pattern.compile("/users/\\{id}/contact_methods(/\\{contact_method_id})?"), ContactMethod.class);
		RECORDS.put(Pattern.compile("/users/\\{id}/notification_rules(/\\{notification_rule_id})?"),
				NotificationRule.class);
		RECORDS.put(Pattern.compile("/teams(/\\{id})?"), Team.class);
		RECORDS.put(Pattern.compile("/escalation_policies(/\\{id})?"), EscalationPolicy.class);
		RECORDS.put(Pattern.compile("/schedules(/\\{id})?"), Schedule.class);
		RECORDS.put(Pattern.compile("/schedules/\\{id}/overrides"), ScheduleOverride.class);
		RECORDS.put(Pattern.compile("/oncalls"), OnCall.class);
		RECORDS.put(Pattern.compile("/priorities"), Priority.class);
		RECORDS.put(Pattern.compile("/maintenance_windows(/\\{id})?"), MaintenanceWindow.class);
		RECORDS.put(Pattern.compile("/tags(/\\{id})?"), Tag.class);
	}

	@Test
	void readValueWhenGivenEverySpecExampleShouldParseAndKeepEveryProperty() throws Exception {
		String location = System.getProperty("pdkit.spec.rest");
		assumeTrue(location != null && !location.isBlank(), "set -Dpdkit.spec.rest=<REST.json> to run");
		JsonNode spec = MAPPER.readTree(Path.of(location).toFile());
		List<String> checked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		try (RestApiV2Client client = new RestApiV2Client("secret-key-1234")) {
			for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
				Class<?> type = recordFor(path.getKey());
				if (type == null) {
					continue;
				}
				for (String method : WRITES) {
					JsonNode operation = path.getValue().path(method);
					for (JsonNode example : examples(spec, operation)) {
						EntityWrappers wrappers = client.entityWrappers(method.toUpperCase(), path.getKey());
						JsonNode entity = (wrappers.response() != null) ? example.get(wrappers.response()) : example;
						if (entity == null) {
							continue;
						}
						String where = method.toUpperCase() + " " + path.getKey();
						for (JsonNode item : entity.isArray() ? entity : List.of(entity)) {
							try {
								assertKept(where, item, MAPPER.valueToTree(MAPPER.treeToValue(item, type)));
							}
							catch (RuntimeException ex) {
								failures.add(where + ": " + ex.getMessage().lines().findFirst().orElse(""));
							}
						}
						checked.add(where);
					}
				}
			}
		}
		assertThat(failures).as("examples that do not parse, except the spec's own typo")
			.containsExactly(
					"GET /users/me: Cannot deserialize value of type `java.lang.Boolean` from String \"true,\": only "
							+ "\"true\" or \"false\" recognized");
		assertThat(checked).hasSizeGreaterThan(40);
	}

	private static Class<?> recordFor(String path) {
		return RECORDS.entrySet()
			.stream()
			.filter(e -> e.getKey().matcher(path).matches())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static List<JsonNode> examples(JsonNode spec, JsonNode operation) {
		List<JsonNode> found = new ArrayList<>();
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			if (!response.getKey().startsWith("2")) {
				continue;
			}
			JsonNode content = resolve(spec, response.getValue()).path("content").path("application/json");
			if (content.has("example")) {
				found.add(content.get("example"));
			}
			for (JsonNode example : content.path("examples")) {
				JsonNode value = resolve(spec, example).get("value");
				if (value != null) {
					found.add(value);
				}
			}
		}
		return found;
	}

	private static JsonNode resolve(JsonNode spec, JsonNode node) {
		if (!node.has("$ref")) {
			return node;
		}
		JsonNode target = spec;
		for (String part : node.get("$ref").asString().substring(2).split("/")) {
			target = target.path(part);
		}
		return target;
	}

	private static void assertKept(String where, JsonNode example, JsonNode written) {
		if (!example.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> property : example.properties()) {
			if (!property.getValue().isNull()) {
				assertThat(written.has(property.getKey())).as(where + ": " + property.getKey() + " of " + example)
					.isTrue();
			}
		}
	}

}
