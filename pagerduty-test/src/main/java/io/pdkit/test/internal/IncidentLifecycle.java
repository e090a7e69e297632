package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opens incidents and moves them through triggered → acknowledged → resolved, writing log
 * entries.
 */
public final class IncidentLifecycle {

	private final SimContext context;

	/** Lifecycle operations on the context's state. */
	public IncidentLifecycle(SimContext context) {
		this.context = context;
	}

	/**
	 * The open (unresolved) incident of a service with this incident key (dedup key), if
	 * any.
	 */
	public Optional<ObjectNode> openIncident(JsonNode service, String incidentKey) {
		String id = context.state().openIncidentByDedupKey.get(dedupIndexKey(service, incidentKey));
		return Optional.ofNullable(id).map(context.state().incidents::get);
	}

	/**
	 * Opens a triggered incident on a service, assigned to the first target of its
	 * escalation policy.
	 * @param agent the user or integration that caused it
	 * @param channel the log entry channel type ({@code api}, {@code events_api_v2})
	 */
	public ObjectNode trigger(ObjectNode service, String title, String urgency, String incidentKey,
			@Nullable JsonNode body, JsonNode agent, String channel) {
		String id = context.state().newId();
		int number = context.state().nextIncidentNumber();
		String now = Times.format(context.now());
		ObjectNode incident = Refs.resource(id, "incident", "[#" + number + "] " + title,
				context.links().self("incidents", id), context.links().html("incidents", id));
		incident.put("incident_number", number);
		incident.put("title", title);
		incident.put("description", title);
		incident.put("created_at", now);
		incident.put("updated_at", now);
		incident.put("status", "triggered");
		incident.put("incident_key", incidentKey);
		incident.set("service", Refs.reference(service));
		ObjectNode policy = context.state().escalationPolicies
			.get(service.path("escalation_policy").path("id").asString());
		ArrayNode assignments = incident.putArray("assignments");
		JsonNode firstTarget = policy == null ? null : policy.path("escalation_rules").path(0).path("targets").get(0);
		if (firstTarget != null) {
			ObjectNode assignment = assignments.addObject();
			assignment.put("at", now);
			assignment.set("assignee", firstTarget.deepCopy());
		}
		incident.put("assigned_via", "escalation_policy");
		incident.put("last_status_change_at", now);
		incident.set("last_status_change_by", Refs.reference(service));
		incident.put("is_mergeable", true);
		incident.set("escalation_policy", service.get("escalation_policy").deepCopy());
		incident.set("teams", service.get("teams").deepCopy());
		incident.putArray("pending_actions");
		incident.putArray("acknowledgements");
		incident.putArray("incidents_responders");
		incident.putArray("responder_requests");
		incident.put("urgency", urgency);
		if (body != null) {
			incident.set("body", body.deepCopy());
		}
		context.state().incidents.put(id, incident);
		context.state().notes.put(id, new ArrayList<>());
		context.state().openIncidentByDedupKey.put(dedupIndexKey(service, incidentKey), id);
		service.put("last_incident_timestamp", now);
		ObjectNode entry = LogEntries.append(context, "trigger", incident, agent, channel,
				"Triggered through the " + channelName(channel) + ".");
		incident.set("first_trigger_log_entry", Refs.reference(entry));
		Alerts.open(context, incident, agent, entry);
		return incident;
	}

	/**
	 * Acknowledges an unresolved incident. Returns false (and changes nothing) when it is
	 * resolved.
	 */
	public boolean acknowledge(ObjectNode incident, JsonNode agent, String channel) {
		if (isResolved(incident)) {
			return false;
		}
		String now = Times.format(context.now());
		incident.put("status", "acknowledged");
		ObjectNode acknowledgement = ((ArrayNode) incident.get("acknowledgements")).addObject();
		acknowledgement.put("at", now);
		acknowledgement.set("acknowledger", Refs.reference(agent));
		changed(incident, agent, now);
		LogEntries.append(context, "acknowledge", incident, agent, channel,
				"Acknowledged by " + agent.path("summary").asString() + ".");
		return true;
	}

	/**
	 * Resolves an incident and its alert. Returns false (and changes nothing) when it
	 * already is resolved.
	 */
	public boolean resolve(ObjectNode incident, JsonNode agent, String channel) {
		if (isResolved(incident)) {
			return false;
		}
		String now = Times.format(context.now());
		incident.put("status", "resolved");
		incident.put("resolved_at", now);
		Alerts.resolveAll(context, incident);
		context.state().snoozedUntil.remove(incident.path("id").asString());
		((ArrayNode) incident.get("assignments")).removeAll();
		changed(incident, agent, now);
		context.state().openIncidentByDedupKey.values().remove(incident.path("id").asString());
		LogEntries.append(context, "resolve", incident, agent, channel,
				"Resolved by " + agent.path("summary").asString() + ".");
		return true;
	}

	/** Whether an incident is resolved. */
	public static boolean isResolved(JsonNode incident) {
		return "resolved".equals(incident.path("status").asString());
	}

	private static void changed(ObjectNode incident, JsonNode agent, String now) {
		incident.put("updated_at", now);
		incident.put("last_status_change_at", now);
		incident.set("last_status_change_by", Refs.reference(agent));
	}

	private static String dedupIndexKey(JsonNode service, String incidentKey) {
		return service.path("id").asString() + "\u0000" + incidentKey;
	}

	private static String channelName(String channel) {
		return "events_api_v2".equals(channel) ? "Events API v2" : "API";
	}

}
