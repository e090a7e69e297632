package io.pdkit.test.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Appends the audit records PagerDuty keeps for configuration changes. */
public final class AuditLog {

	private AuditLog() {
	}

	/**
	 * Records that {@code actor} (or the account, when null) performed {@code action} on
	 * {@code resource}.
	 * @param action {@code create}, {@code update} or {@code delete}
	 */
	public static void record(SimContext context, String action, JsonNode resource, @Nullable JsonNode actor) {
		String id = context.state().newId();
		ObjectNode record = Json.object();
		record.put("id", id);
		record.put("self", context.links().self("audit/records", id));
		record.put("execution_time", Times.format(context.now()));
		ObjectNode execution = record.putObject("execution_context");
		execution.put("request_id", id.toLowerCase(Locale.ROOT));
		execution.put("remote_address", "127.0.0.1");
		if (actor != null) {
			record.putArray("actors").add(Refs.reference(actor));
		}
		else {
			record.putArray("actors");
		}
		ObjectNode method = record.putObject("method");
		method.put("type", "api_token");
		method.put("truncated_token", "****");
		record.set("root_resource", Refs.reference(resource));
		record.put("action", action);
		ObjectNode details = record.putObject("details");
		details.set("resource", Refs.reference(resource));
		details.putArray("fields");
		context.state().auditRecords.add(0, record);
	}

}
