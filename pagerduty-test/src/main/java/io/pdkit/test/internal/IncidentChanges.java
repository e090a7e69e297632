package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of an incident update beyond status, title and urgency: priority and
 * reassignment.
 */
final class IncidentChanges {

	private IncidentChanges() {
	}

	/**
	 * Sets the priority named by {@code priority.id}, or clears it when the body sends
	 * null.
	 */
	static void priority(ObjectNode change, ObjectNode incident, SimContext context) {
		if (!change.has("priority")) {
			return;
		}
		JsonNode ref = change.get("priority");
		if (ref.isNull()) {
			incident.putNull("priority");
			return;
		}
		ObjectNode priority = context.state().priorities.get(ref.path("id").asString());
		if (priority == null) {
			throw ApiError.invalidInput("Priority not found: " + ref.path("id").asString());
		}
		incident.set("priority", Refs.reference(priority));
	}

	/**
	 * Replaces the assignees with the users of {@code assignments[].assignee}, writing an
	 * assign log entry.
	 */
	static void assignments(ObjectNode change, ObjectNode incident, ObjectNode requester, SimContext context) {
		JsonNode wanted = change.get("assignments");
		if (wanted == null) {
			return;
		}
		if (!wanted.isArray() || wanted.isEmpty()) {
			throw ApiError.invalidInput("'assignments' must be a non-empty array");
		}
		if (IncidentLifecycle.isResolved(incident)) {
			throw ApiError.invalidInput("Incident Already Resolved");
		}
		List<ObjectNode> users = new ArrayList<>();
		for (JsonNode assignment : wanted) {
			String id = assignment.path("assignee").path("id").asString();
			ObjectNode user = context.state().users.get(id);
			if (user == null) {
				throw ApiError.invalidInput("Assignee not found: " + id);
			}
			users.add(user);
		}
		String now = Times.format(context.now());
		ArrayNode assignments = incident.putArray("assignments");
		for (ObjectNode user : users) {
			ObjectNode assignment = assignments.addObject();
			assignment.put("at", now);
			assignment.set("assignee", Refs.reference(user));
		}
		incident.put("assigned_via", "direct_assignment");
		if ("acknowledged".equals(incident.path("status").asString())) {
			incident.put("status", "triggered");
			((ArrayNode) incident.get("acknowledgements")).removeAll();
		}
		LogEntries.append(context, "assign", incident, requester, "api",
				"Reassigned by " + requester.path("summary").asString() + ".");
	}

}
