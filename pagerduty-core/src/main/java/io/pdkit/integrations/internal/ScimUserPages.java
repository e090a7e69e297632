package io.pdkit.integrations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Walks SCIM's {@code startIndex}/{@code count} pagination of {@code GET /Users}. The
 * next index advances by the page's {@code itemsPerPage}, or by the number of resources
 * received when the server reports none (or zero), so the walk always ends: on an empty
 * page, or once {@code startIndex + perPage - 1 >= totalResults}.
 */
public final class ScimUserPages {

	/** The context named in errors of this walk. */
	public static final String CONTEXT = "SCIM list users pagination";

	private ScimUserPages() {
	}

	/**
	 * Fetches every page and returns all users.
	 * @param fetch sends {@code GET /Users} with the given query and returns the
	 * successful response
	 * @param filter the SCIM filter, or {@code null}
	 * @param startIndex the 1-based index of the first user
	 * @param pageSize the {@code count} of every request
	 * @return the users, in order
	 */
	public static List<JsonNode> collect(Function<Map<String, Object>, ApiResponse> fetch, @Nullable String filter,
			int startIndex, int pageSize) {
		List<JsonNode> users = new ArrayList<>();
		long current = startIndex;
		while (true) {
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("startIndex", current);
			query.put("count", pageSize);
			if (filter != null && !filter.isEmpty()) {
				query.put("filter", filter);
			}
			ApiResponse response = fetch.apply(query);
			JsonNode body = response.json();
			JsonNode resources = resources(response, body);
			resources.forEach(users::add);
			long total = body.path("totalResults").asLong(0);
			long perPage = body.path("itemsPerPage").asLong(0);
			if (perPage < 1) {
				perPage = resources.size();
			}
			if (resources.isEmpty() || current + perPage - 1 >= total) {
				return users;
			}
			current += perPage;
		}
	}

	private static JsonNode resources(ApiResponse response, JsonNode body) {
		if (!body.isObject()) {
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"expected a SCIM list response (a JSON object) in " + CONTEXT), response);
		}
		JsonNode resources = body.path("Resources");
		if (resources.isMissingNode() || resources.isNull()) {
			return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		}
		if (!resources.isArray()) {
			throw new PagerDutyServerException(
					ErrorMessages.unexpectedBody(response, "expected \"Resources\" to be an array in " + CONTEXT),
					response);
		}
		return resources;
	}

}
