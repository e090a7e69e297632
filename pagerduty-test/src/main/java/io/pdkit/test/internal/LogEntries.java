package io.pdkit.test.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appends incident log entries ({@code trigger_log_entry}, {@code acknowledge_log_entry},
 * …).
 */
public final class LogEntries {

	private LogEntries() {
	}

	/**
	 * Appends a log entry for an incident.
	 * @param kind the entry kind without suffix: {@code trigger}, {@code acknowledge},
	 * {@code resolve}, {@code annotate}
	 * @param channel the channel type, e.g. {@code api}, {@code events_api_v2},
	 * {@code note}
	 */
	public static ObjectNode append(SimContext context, String kind, ObjectNode incident, JsonNode agent,
			String channel, String summary) {
		String id = context.state().newId();
		String incidentId = incident.path("id").asString();
		ObjectNode entry = Refs.resource(id, kind + "_log_entry", summary, context.links().self("log_entries", id),
				context.links().html("incidents/" + incidentId + "/log_entries", id));
		entry.put("created_at", Times.format(context.now()));
		ObjectNode agentRef = Refs.reference(agent);
		String agentType = agentRef.path("type").asString();
		if (agentType.endsWith("integration_reference")) {
			agentRef.put("type", "integration_reference");
		}
		entry.set("agent", agentRef);
		ObjectNode channelNode = entry.putObject("channel");
		channelNode.put("type", channel);
		if ("annotate".equals(kind)) {
			channelNode.put("summary", summary);
		}
		entry.set("service", incident.get("service").deepCopy());
		entry.set("incident", Refs.reference(incident));
		entry.set("teams", incident.get("teams").deepCopy());
		entry.putArray("contexts");
		if ("trigger".equals(kind)) {
			entry.putObject("event_details").put("description", incident.path("title").asString());
		}
		context.state().logEntries.add(entry);
		context.webhooks().emit(kind, incident, agent);
		return entry;
	}

}
