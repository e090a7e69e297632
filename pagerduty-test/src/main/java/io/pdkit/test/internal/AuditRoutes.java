package io.pdkit.test.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /audit/records}: newest first, cursor-paginated, filtered by time, resource
 * type and action.
 */
final class AuditRoutes {

	private AuditRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/audit/records", AuditRoutes::list);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String since = request.queryParam("since");
		String until = request.queryParam("until");
		Instant from = since == null ? null : Times.parse(since, "since");
		Instant to = until == null ? null : Times.parse(until, "until");
		List<String> types = request.queryList("root_resource_types");
		List<String> actions = request.queryList("actions");
		List<ObjectNode> records = context.state().auditRecords.stream()
			.filter(r -> within(r, from, to))
			.filter(r -> types.isEmpty() || types.contains(resourceType(r)))
			.filter(r -> actions.isEmpty() || actions.contains(r.path("action").asString()))
			.toList();
		return SimResponse.ok(CursorPage.render(request, "records", records));
	}

	private static boolean within(JsonNode record, @Nullable Instant from, @Nullable Instant to) {
		Instant at = Instant.parse(record.path("execution_time").asString());
		return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
	}

	private static String resourceType(JsonNode record) {
		String type = record.path("root_resource").path("type").asString().replace("_reference", "");
		return type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies" : type + "s";
	}

}
