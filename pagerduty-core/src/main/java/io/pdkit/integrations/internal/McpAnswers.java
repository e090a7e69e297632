package io.pdkit.integrations.internal;

import java.util.Locale;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import tools.jackson.databind.JsonNode;

/**
 * Reads the answer to a JSON-RPC call of the MCP server: a JSON object with a
 * {@code result}. A server-sent-events stream (which the client's {@code Accept} header
 * allows) or an answer without {@code result} raises {@link PagerDutyServerException}.
 */
public final class McpAnswers {

	private McpAnswers() {
	}

	/**
	 * Returns the JSON-RPC response of a successful answer.
	 * @param response the 2xx response
	 * @return the whole JSON-RPC response object
	 * @throws PagerDutyServerException for an event stream, a body that is not JSON, or
	 * one without {@code result}
	 */
	public static JsonNode result(ApiResponse response) {
		if (isEventStream(response)) {
			throw new PagerDutyServerException(
					ErrorMessages.unexpectedBody(response,
							"the MCP server answered with a server-sent-events stream (text/event-stream), which "
									+ "McpApiClient does not read; a JSON response (application/json) was expected"),
					response);
		}
		JsonNode body = response.json();
		if (!body.isObject() || !body.has("result")) {
			String error = body.isObject() && body.has("error")
					? "; error: " + ErrorMessages.truncate(body.get("error").toString()) : "";
			throw new PagerDutyServerException(
					ErrorMessages.unexpectedBody(response,
							"JSON-RPC response from PagerDuty did not include the expected \"result\" key" + error),
					response);
		}
		return body;
	}

	private static boolean isEventStream(ApiResponse response) {
		boolean declared = response.header("Content-Type")
			.map(type -> type.toLowerCase(Locale.ROOT).startsWith("text/event-stream"))
			.orElse(false);
		if (declared) {
			return true;
		}
		String start = response.text().stripLeading();
		return start.startsWith("event:") || start.startsWith("data:");
	}

}
