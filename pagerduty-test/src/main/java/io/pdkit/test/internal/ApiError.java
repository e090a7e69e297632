package io.pdkit.test.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thrown by handlers to answer with one of PagerDuty's REST error bodies,
 * {@code {"error":{"message":…,"code":…,"errors":[…]}}}.
 */
public final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final int code;

	private final List<String> errors;

	private final transient Map<String, String> headers;

	ApiError(int status, String message, int code, List<String> errors, Map<String, String> headers) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.errors = List.copyOf(errors);
		this.headers = Map.copyOf(headers);
	}

	/** 400 Invalid Input Provided (code 2001) with the given details. */
	public static ApiError invalidInput(String... errors) {
		return new ApiError(400, "Invalid Input Provided", 2001, List.of(errors), Map.of());
	}

	/** 400 Arguments Caused Error (code 2002) with the given details. */
	public static ApiError argumentsCausedError(String... errors) {
		return new ApiError(400, "Arguments Caused Error", 2002, List.of(errors), Map.of());
	}

	/**
	 * 400 for {@code /users/me} asked with an account-level API key, which belongs to no
	 * user.
	 */
	public static ApiError accountLevelToken() {
		return new ApiError(400,
				"Because this request was made using an account-level access token, we were"
						+ " unable to determine the user. Please use a user-level access token.",
				2001, List.of(), Map.of());
	}

	/** 401 for a missing or rejected credential. */
	public static ApiError unauthorized() {
		return new ApiError(401, "Authentication failed", 2006, List.of(), Map.of());
	}

	/** 402 for an ability the account does not have. */
	public static ApiError paymentRequired(String ability) {
		return new ApiError(402, "Payment Required", 2012,
				List.of("Your account does not have the " + ability + " ability"), Map.of());
	}

	/** 404 Not Found (code 2100). */
	public static ApiError notFound() {
		return new ApiError(404, "Not Found", 2100, List.of(), Map.of());
	}

	/** 405 for a path that exists without this method. */
	public static ApiError methodNotAllowed() {
		return new ApiError(405, "Method Not Allowed", 2000, List.of(), Map.of());
	}

	/** 406 for an Accept header that excludes JSON. */
	public static ApiError notAcceptable() {
		return new ApiError(406, "Not Acceptable", 2001, List.of("The Accept header must allow application/json"),
				Map.of());
	}

	/** 415 for a write whose body is not JSON. */
	public static ApiError unsupportedMediaType() {
		return new ApiError(415, "Unsupported Media Type", 2001,
				List.of("The Content-Type header must be application/json"), Map.of());
	}

	/** 429 Rate Limit Exceeded. */
	public static ApiError rateLimited() {
		return new ApiError(429, "Rate Limit Exceeded", 2020, List.of(), Map.of());
	}

	/**
	 * An error of any status with PagerDuty's generic body for it, as a queued fault
	 * answers.
	 */
	public static ApiError ofStatus(int status) {
		return switch (status) {
			case 400 -> invalidInput();
			case 401 -> unauthorized();
			case 404 -> notFound();
			case 429 -> rateLimited();
			default -> new ApiError(status, reason(status), 2000, List.of(), Map.of());
		};
	}

	private static String reason(int status) {
		return switch (status) {
			case 403 -> "Access Denied";
			case 409 -> "Conflict";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> status >= 500 ? "Internal Server Error" : "Request Failed";
		};
	}

	/**
	 * 500 naming an unexpected failure of the simulator itself, so that a test shows what
	 * went wrong.
	 */
	public static ApiError simulatorFailure(RuntimeException cause) {
		return new ApiError(500, "Internal Server Error", 2000, List.of("The pdkit simulator failed: " + cause),
				Map.of());
	}

	/** The HTTP status. */
	public int status() {
		return status;
	}

	/** Renders the error as the response PagerDuty would send. */
	public SimResponse toResponse() {
		ObjectNode error = JsonNodeFactory.instance.objectNode();
		error.put("message", getMessage());
		error.put("code", code);
		if (!errors.isEmpty()) {
			ArrayNode list = error.putArray("errors");
			errors.forEach(list::add);
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.set("error", error);
		return new SimResponse(status, (JsonNode) body, headers);
	}

}
