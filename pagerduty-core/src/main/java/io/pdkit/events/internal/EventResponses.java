package io.pdkit.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Turns Events API responses into results or exceptions. Every message ends with the
 * masked routing key, so that an operator can tell which integration failed, and passes
 * PagerDuty's texts through a redactor, so that a routing key echoed by the server never
 * appears whole.
 *
 * @param maskedKey the masked routing key, {@code *} + its last four characters
 * @param redactor masks the routing key in server texts
 */
public record EventResponses(String maskedKey, UnaryOperator<String> redactor) {

	/** The context of errors when sending an alert event. */
	public static final String ALERT_CONTEXT = "submitting an event to the events API";

	/** The context of errors when sending a change event. */
	public static final String CHANGE_CONTEXT = "submitting change event";

	/**
	 * Returns the response if PagerDuty accepted the event (2xx).
	 * @param response the response
	 * @param context what the client was doing
	 * @return the response
	 * @throws PagerDutyServerException for 5xx
	 * @throws PagerDutyHttpException for any other status, with PagerDuty's
	 * {@code errors} in the message
	 */
	public ApiResponse requireAccepted(ApiResponse response, String context) {
		if (response.isSuccess()) {
			return response;
		}
		String message = ErrorMessages.httpError(response, context) + errorsOf(response) + keySuffix();
		if (response.status() >= 500) {
			throw new PagerDutyServerException(message, response);
		}
		throw new PagerDutyHttpException(message, response);
	}

	/**
	 * Returns the {@code dedup_key} of an accepted alert event.
	 * @param response the 2xx response
	 * @return the dedup key
	 * @throws PagerDutyServerException if the body is not a JSON object with a
	 * {@code dedup_key} string
	 */
	public String dedupKey(ApiResponse response) {
		JsonNode key = bodyOf(response).path("dedup_key");
		if (!key.isString() || key.asString().isEmpty()) {
			throw new PagerDutyServerException(response.method() + " " + ErrorMessages.displayUrl(response.uri())
					+ ": Malformed response body from the events API; it is not a JSON object that has a key named "
					+ "\"dedup_key\" after decoding. Body = " + response.bodyExcerpt() + requestIdSuffix(response)
					+ keySuffix(), response);
		}
		return key.asString();
	}

	private static JsonNode bodyOf(ApiResponse response) {
		try {
			return response.json();
		}
		catch (PagerDutyServerException ex) {
			return MissingNode.getInstance();
		}
	}

	private String errorsOf(ApiResponse response) {
		JsonNode errors = bodyOf(response).path("errors");
		if (!errors.isArray() || errors.isEmpty()) {
			return "";
		}
		List<String> texts = new ArrayList<>();
		errors.forEach(error -> texts.add(this.redactor.apply(error.isString() ? error.asString() : error.toString())));
		return "; errors: " + texts;
	}

	private String keySuffix() {
		return "; routing key: " + this.maskedKey;
	}

	private static String requestIdSuffix(ApiResponse response) {
		return response.requestId().map(id -> " (x-request-id: " + id + ")").orElse("");
	}

}
