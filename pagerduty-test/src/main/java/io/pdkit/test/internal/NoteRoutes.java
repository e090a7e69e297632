package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET/POST /incidents/{id}/notes}; a new note also writes an
 * {@code annotate_log_entry}.
 */
final class NoteRoutes {

	private NoteRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/incidents/{id}/notes", NoteRoutes::list)
			.rest("POST", "/incidents/{id}/notes", NoteRoutes::create);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		Entities.find(context.state().incidents, request.pathParam("id"));
		ObjectNode body = Json.object();
		ArrayNode notes = body.putArray("notes");
		context.state().notes.getOrDefault(request.pathParam("id"), List.of())
			.forEach(note -> notes.add(note.deepCopy()));
		return SimResponse.ok(body);
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode requester = Requester.from(request, context);
		ObjectNode incident = Entities.find(context.state().incidents, request.pathParam("id"));
		String content = Json.text(Bodies.wrapped(request, "note"), "content");
		if (content == null || content.isBlank()) {
			throw ApiError.invalidInput("Content can't be blank");
		}
		ObjectNode note = Json.object();
		note.put("id", context.state().newId());
		note.set("user", Refs.reference(requester));
		note.putObject("channel").put("summary", "The PagerDuty website or APIs");
		note.put("content", content);
		note.put("created_at", Times.format(context.now()));
		note.put("updated_at", Times.format(context.now()));
		context.state().notes.computeIfAbsent(incident.path("id").asString(), k -> new ArrayList<>()).add(note);
		LogEntries.append(context, "annotate", incident, requester, "note", content);
		return SimResponse.ok(Entities.wrap("note", note));
	}

}
