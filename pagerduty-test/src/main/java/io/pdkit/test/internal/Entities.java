package io.pdkit.test.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generic list and get handlers for the simple configuration collections (users, teams,
 * policies, schedules).
 */
public final class Entities {

	private Entities() {
	}

	/**
	 * {@code GET /<collection>}: a classic page, filtered by the {@code query} parameter
	 * on name or email.
	 * @param source selects the collection from the state
	 * @param wrapper the plural wrapper, e.g. {@code teams}
	 */
	public static Handler list(Function<SimulatorState, Map<String, ObjectNode>> source, String wrapper) {
		return (request, context) -> {
			String query = request.queryParam("query");
			List<ObjectNode> items = source.apply(context.state())
				.values()
				.stream()
				.filter(item -> query == null || matches(item, query))
				.toList();
			return SimResponse.ok(ClassicPage.render(request, wrapper, items));
		};
	}

	/**
	 * {@code GET /<collection>/{id}}: the entity wrapped in its singular name, or 404.
	 * @param wrapper the singular wrapper, e.g. {@code team}
	 */
	public static Handler get(Function<SimulatorState, Map<String, ObjectNode>> source, String wrapper) {
		return (request, context) -> {
			ObjectNode item = find(source.apply(context.state()), request.pathParam("id"));
			return SimResponse.ok(wrap(wrapper, item));
		};
	}

	/**
	 * Looks an entity up by id.
	 * @throws ApiError 404 when there is none
	 */
	public static ObjectNode find(Map<String, ObjectNode> items, String id) {
		ObjectNode item = items.get(id);
		if (item == null) {
			throw ApiError.notFound();
		}
		return item;
	}

	/** {@code {"<wrapper>": entity}}. */
	public static ObjectNode wrap(String wrapper, JsonNode entity) {
		ObjectNode body = Json.object();
		body.set(wrapper, entity.deepCopy());
		return body;
	}

	private static boolean matches(JsonNode item, String query) {
		String needle = query.toLowerCase(Locale.ROOT);
		return item.path("name").asString("").toLowerCase(Locale.ROOT).contains(needle)
				|| item.path("email").asString("").toLowerCase(Locale.ROOT).contains(needle);
	}

}
