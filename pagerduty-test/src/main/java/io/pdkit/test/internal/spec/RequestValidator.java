package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;

import io.pdkit.test.internal.ApiError;
import io.pdkit.test.internal.Json;
import io.pdkit.test.internal.SimRequest;
import tools.jackson.databind.JsonNode;

/**
 * Checks a REST request against its operation before any handler runs: path and query
 * parameters, then the JSON body against the spec's request schema. An invalid request
 * gets PagerDuty's 400 (code 2001) whose {@code errors} name each offending field. PUT
 * and PATCH bodies may be partial, as PagerDuty accepts them: their required properties
 * are not enforced, their types and enum values are.
 */
public final class RequestValidator {

	private final SpecSchemas create;

	private final SpecSchemas update;

	/** A validator reading request schemas from the derived table's request variants. */
	RequestValidator(String iri, JsonNode document) {
		JsonNode forCreate = RequestSchemas.forCreate(document);
		JsonNode forUpdate = RequestSchemas.forUpdate(document);
		this.create = SpecSchemas.of(iri, Json.write(forCreate), forCreate);
		this.update = SpecSchemas.of(iri, Json.write(forUpdate), forUpdate);
	}

	/**
	 * Validates a request.
	 * @throws ApiError 400 Invalid Input Provided naming the fields at fault
	 */
	public void check(Operation operation, SimRequest request, Map<String, String> pathParams) {
		List<String> problems = new ArrayList<>(ParameterChecks.problems(operation, request, pathParams));
		Operation.RequestBody body = operation.request();
		if (body != null && body.json()) {
			problems.addAll(bodyProblems(operation, body, request.body()));
		}
		if (!problems.isEmpty()) {
			throw ApiError.invalidInput(problems.toArray(String[]::new));
		}
	}

	private List<String> bodyProblems(Operation operation, Operation.RequestBody body, String text) {
		if (text.isBlank()) {
			return body.required() ? List.of("body is required") : List.of();
		}
		JsonNode json;
		try {
			json = Json.parse(text);
		}
		catch (IllegalArgumentException e) {
			return List.of("Request body is not valid JSON");
		}
		boolean partial = operation.method().equals("PUT") || operation.method().equals("PATCH");
		SpecSchemas schemas = partial ? update : create;
		List<Error> errors = schemas.validateRequest("/operations/" + operation.index() + "/request/schema", json);
		return errors.stream().map(RequestValidator::describe).distinct().limit(20).toList();
	}

	/** One validator error as {@code <field path> <problem>}. */
	static String describe(Error error) {
		String location = field(error.getInstanceLocation().toString());
		if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
			String field = location.isEmpty() ? error.getProperty() : location + "." + error.getProperty();
			return field + " is required";
		}
		String message = error.getMessage();
		int colon = message.indexOf(": ");
		String problem = (message.startsWith("$") || message.startsWith("/") || message.startsWith(":")) && colon >= 0
				? message.substring(colon + 2) : message;
		return (location.isEmpty() ? "body" : location) + " " + problem;
	}

	private static String field(String instanceLocation) {
		if (instanceLocation.equals("$") || instanceLocation.isEmpty() || instanceLocation.equals("/")) {
			return "";
		}
		String trimmed = instanceLocation.startsWith("$.") ? instanceLocation.substring(2)
				: instanceLocation.substring(1);
		return trimmed.replace('/', '.').replace("~1", "/").replace("~0", "~");
	}

}
