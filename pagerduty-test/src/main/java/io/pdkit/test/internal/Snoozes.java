package io.pdkit.test.internal;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Snoozed incidents: acknowledged until a time of the simulator's clock, then triggered
 * again.
 */
final class Snoozes {

	private Snoozes() {
	}

	/** Snoozes an acknowledged incident until {@code until}. */
	static void snooze(SimContext context, ObjectNode incident, Instant until) {
		context.state().snoozedUntil.put(incident.path("id").asString(), until);
	}

	/** Triggers again every snoozed incident whose snooze has run out by the clock. */
	static void wake(SimContext context) {
		Instant now = context.now();
		Iterator<Map.Entry<String, Instant>> snoozes = context.state().snoozedUntil.entrySet().iterator();
		while (snoozes.hasNext()) {
			Map.Entry<String, Instant> snooze = snoozes.next();
			if (now.isBefore(snooze.getValue())) {
				continue;
			}
			snoozes.remove();
			ObjectNode incident = context.state().incidents.get(snooze.getKey());
			if (incident == null || !"acknowledged".equals(incident.path("status").asString())) {
				continue;
			}
			String at = Times.format(snooze.getValue());
			incident.put("status", "triggered");
			((ArrayNode) incident.get("acknowledgements")).removeAll();
			incident.put("updated_at", at);
			incident.put("last_status_change_at", at);
			((ArrayNode) incident.get("pending_actions")).removeAll();
			ObjectNode service = context.state().services.get(incident.path("service").path("id").asString());
			if (service != null) {
				LogEntries.append(context, "unacknowledge", incident, service, "timeout",
						"Unacknowledged because the snooze ran out.");
			}
		}
	}

}
