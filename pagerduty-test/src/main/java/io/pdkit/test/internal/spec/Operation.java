package io.pdkit.test.internal.spec;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One operation of PagerDuty's REST API v2 as the derived table describes it.
 *
 * @param index the operation's position in the table, used to address its schemas
 * @param responses the response schema per status ({@code null} for a status without a
 * JSON body)
 * @param pagination {@code classic}, {@code cursor} or {@code none}
 * @param wrapper the property that wraps the response's entity or collection, or null
 * @param requestWrapper the property that wraps the request body's entity, or null
 */
public record Operation(int index, String method, String path, String operationId, List<Parameter> parameters,
		@Nullable RequestBody request, Map<String, @Nullable JsonNode> responses, String pagination,
		@Nullable String wrapper, @Nullable String requestWrapper) {

	/**
	 * The request body an operation accepts.
	 *
	 * @param contentType the media type the spec declares
	 * @param required whether a body must be sent
	 */
	public record RequestBody(String contentType, boolean required, JsonNode schema) {

		/** Whether the body is JSON (and validated as such). */
		public boolean json() {
			return contentType.contains("json");
		}
	}

	/** The first success status the spec declares (200 when it declares none). */
	public int successStatus() {
		return responses.keySet()
			.stream()
			.filter(s -> s.startsWith("2"))
			.mapToInt(Integer::parseInt)
			.sorted()
			.findFirst()
			.orElse(200);
	}

	/** The path segments of the template, without the leading slash. */
	public List<String> segments() {
		return List.of(path.substring(1).split("/", -1));
	}

	/** Whether the template ends with a path parameter ({@code /widgets/{id}}). */
	public boolean itemPath() {
		return path.endsWith("}");
	}
}
