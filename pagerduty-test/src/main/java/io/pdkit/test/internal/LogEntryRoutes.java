package io.pdkit.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /log_entries}, {@code GET /log_entries/{id}} and {@code GET
 * /incidents/{id}/log_entries}, newest first.
 */
final class LogEntryRoutes {

	private LogEntryRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/log_entries", (request, context) -> page(request, context, null))
			.rest("GET", "/log_entries/{id}", LogEntryRoutes::get)
			.rest("GET", "/incidents/{id}/log_entries",
					(request, context) -> page(request, context,
							io.pdkit.test.internal.Entities.find(context.state().incidents, request.pathParam("id"))
								.path("id")
								.asString()));
	}

	private static SimResponse page(SimRequest request, SimContext context, @Nullable String incidentId) {
		String since = request.queryParam("since");
		String until = request.queryParam("until");
		Instant from = since == null ? null : Times.parse(since, "since");
		Instant to = until == null ? null : Times.parse(until, "until");
		List<ObjectNode> entries = new ArrayList<>();
		for (ObjectNode entry : context.state().logEntries) {
			Instant created = Instant.parse(entry.path("created_at").asString());
			boolean inWindow = (from == null || !created.isBefore(from)) && (to == null || created.isBefore(to));
			boolean ofIncident = incidentId == null || incidentId.equals(entry.path("incident").path("id").asString());
			if (inWindow && ofIncident) {
				entries.add(entry);
			}
		}
		Collections.reverse(entries);
		return SimResponse.ok(ClassicPage.render(request, "log_entries", entries));
	}

	private static SimResponse get(SimRequest request, SimContext context) {
		String id = request.pathParam("id");
		ObjectNode entry = context.state().logEntries.stream()
			.filter(e -> e.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(ApiError::notFound);
		return SimResponse.ok(io.pdkit.test.internal.Entities.wrap("log_entry", entry));
	}

}
