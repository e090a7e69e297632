package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.internal.ApiError;
import io.pdkit.test.internal.ClassicPage;
import io.pdkit.test.internal.CursorPage;
import io.pdkit.test.internal.Json;
import io.pdkit.test.internal.SimContext;
import io.pdkit.test.internal.SimRequest;
import io.pdkit.test.internal.SimResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers every operation the stateful routes do not serve, from the spec alone: POST on
 * a collection creates (id generated), GET returns what was stored or a generated object
 * (the same for the same id), PUT and PATCH merge into it, DELETE removes it, lists page
 * the way the spec declares (classic or cursor) over stored objects, or over three
 * generated ones while none is stored. Other operations answer a generated body.
 */
public final class SpecResources {

	private static final int GENERATED_LIST_SIZE = 3;

	private final SpecStore store;

	private final SchemaSampler sampler;

	private final SpecShapes shapes;

	private final ResponseGuard guard;

	/** Resources kept in {@code store}, shaped by the derived table. */
	public SpecResources(SpecStore store, OperationTable table, SpecSchemas schemas) {
		this.store = store;
		this.sampler = new SchemaSampler(table.document());
		this.shapes = new SpecShapes(sampler);
		this.guard = new ResponseGuard(schemas);
	}

	/** Answers a request for {@code operation}. Callers hold the simulator's lock. */
	public SimResponse handle(Operation operation, Map<String, String> params, SimRequest request, SimContext context) {
		String path = normalise(request.path());
		int status = operation.successStatus();
		JsonNode schema = operation.responses().get(Integer.toString(status));
		String wrapper = operation.wrapper();
		JsonNode entitySchema = wrapper == null ? schema : shapes.property(schema, wrapper);
		boolean list = shapes.isArray(entitySchema);
		String method = operation.method();
		boolean create = method.equals("POST") && !operation.itemPath() && !list && entitySchema != null
				&& shapes.property(entitySchema, "id") != null;
		String id = create ? context.state().newId() : lastParam(operation, params, path);
		String itemPath = create ? path + "/" + id : path;
		if (method.equals("GET") && !list && store.isDeleted(itemPath)) {
			throw ApiError.notFound();
		}
		if (schema == null) {
			if (method.equals("DELETE")) {
				store.delete(itemPath);
			}
			return SimResponse.empty(status);
		}
		SchemaSampler.Seed seed = seed(context, itemPath, id);
		JsonNode fallback = sampler.sample(schema, seed);
		if (list && entitySchema != null) {
			return SimResponse.json(status,
					listBody(operation, status, request, fallback, entitySchema, path, context));
		}
		JsonNode entity = store.get(itemPath).map(JsonNode::deepCopy).orElse(null);
		JsonNode generated = wrapper == null ? fallback : fallback.path(wrapper);
		if (entity == null) {
			entity = generated.deepCopy();
		}
		if (entity instanceof ObjectNode object && (create || method.equals("PUT") || method.equals("PATCH"))) {
			overlay(object, requestEntity(operation, request));
			if (object.has("id") || create) {
				object.put("id", id);
			}
		}
		JsonNode body = wrap(fallback, wrapper, entity);
		JsonNode valid = guard.valid(operation, status, body, fallback, wrapper == null ? 1 : 2);
		JsonNode validEntity = wrapper == null ? valid : valid.path(wrapper);
		if (method.equals("DELETE")) {
			store.delete(itemPath);
		}
		else if (validEntity instanceof ObjectNode object && !method.equals("GET")) {
			store.put(itemPath, object.deepCopy());
		}
		return SimResponse.json(status, valid);
	}

	private JsonNode listBody(Operation operation, int status, SimRequest request, JsonNode fallback,
			JsonNode listSchema, String path, SimContext context) {
		List<JsonNode> items = new ArrayList<>(store.children(path));
		JsonNode itemSchema = shapes.items(listSchema);
		int generatedSize = Math.min(GENERATED_LIST_SIZE,
				sampler.resolve(listSchema).path("maxItems").asInt(GENERATED_LIST_SIZE));
		if (items.isEmpty()) {
			for (int i = 0; i < generatedSize; i++) {
				String id = SchemaSampler.derivedId(path, Integer.toString(i));
				items.add(sampler.sample(itemSchema, seed(context, path + "/" + id, id)));
			}
		}
		String wrapper = operation.wrapper();
		if (wrapper == null) {
			ArrayNode array = Json.array();
			items.forEach(array::add);
			return guard.valid(operation, status, array, fallback, 2);
		}
		ObjectNode page = switch (operation.pagination()) {
			case "classic" -> ClassicPage.render(request, wrapper, items);
			case "cursor" -> CursorPage.render(request, wrapper, items);
			default -> {
				ObjectNode all = Json.object();
				ArrayNode array = all.putArray(wrapper);
				items.forEach(array::add);
				yield all;
			}
		};
		ObjectNode body = fallback instanceof ObjectNode object ? object.deepCopy() : Json.object();
		body.setAll(page);
		ObjectNode fallbackPage = body.deepCopy();
		ArrayNode generated = fallbackPage.putArray(wrapper);
		for (int i = 0; i < generatedSize; i++) {
			String id = SchemaSampler.derivedId(path, Integer.toString(i));
			generated.add(sampler.sample(itemSchema, seed(context, path + "/" + id, id)));
		}
		return guard.valid(operation, status, body, fallbackPage, 3);
	}

	private static JsonNode wrap(JsonNode fallback, @Nullable String wrapper, JsonNode entity) {
		if (wrapper == null || !(fallback instanceof ObjectNode object)) {
			return entity;
		}
		ObjectNode body = object.deepCopy();
		body.set(wrapper, entity);
		return body;
	}

	private static @Nullable JsonNode requestEntity(Operation operation, SimRequest request) {
		if (request.body().isBlank() || operation.request() == null || !operation.request().json()) {
			return null;
		}
		JsonNode body = Json.parse(request.body());
		String wrapper = operation.requestWrapper();
		return wrapper != null && body.path(wrapper).isObject() ? body.get(wrapper) : body;
	}

	private static void overlay(ObjectNode target, @Nullable JsonNode source) {
		if (source instanceof ObjectNode object) {
			object.properties().forEach(e -> {
				if (!e.getKey().equals("id")) {
					target.set(e.getKey(), e.getValue().deepCopy());
				}
			});
		}
	}

	private static SchemaSampler.Seed seed(SimContext context, String itemPath, String id) {
		return new SchemaSampler.Seed(id, context.links().restBaseUrl() + itemPath,
				context.links().webBaseUrl() + itemPath, false);
	}

	private static String lastParam(Operation operation, Map<String, String> params, String path) {
		List<String> segments = operation.segments();
		for (int i = segments.size() - 1; i >= 0; i--) {
			String segment = segments.get(i);
			if (segment.startsWith("{")) {
				String value = params.get(segment.substring(1, segment.length() - 1));
				if (value != null) {
					return value;
				}
			}
		}
		return SchemaSampler.derivedId(path, "singleton");
	}

	private static String normalise(String path) {
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

}
