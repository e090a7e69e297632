package io.pdkit.test.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tags: list ({@code query}), create (labels are unique, ignoring case), get, delete;
 * tagging of users, teams and escalation policies with {@code POST
 * /{entity_type}/{id}/change_tags} (add by id or by a new label, remove by id);
 * {@code GET /{entity_type}/{id}/tags} and {@code GET /tags/{id}/{entity_type}}.
 */
final class TagRoutes {

	private static final List<String> ENTITY_TYPES = List.of("users", "teams", "escalation_policies");

	private TagRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/tags", TagRoutes::list)
			.rest("POST", "/tags", TagRoutes::create)
			.rest("GET", "/tags/{id}", Entities.get(s -> s.tags, "tag"))
			.rest("DELETE", "/tags/{id}", TagRoutes::delete)
			.rest("GET", "/tags/{id}/{entity_type}", TagRoutes::tagged)
			.rest("POST", "/{entity_type}/{id}/change_tags", TagRoutes::changeTags)
			.rest("GET", "/{entity_type}/{id}/tags", TagRoutes::tagsOf);
	}

	private static Map<String, ObjectNode> entities(SimContext context, String entityType) {
		return switch (entityType) {
			case "users" -> context.state().users;
			case "teams" -> context.state().teams;
			case "escalation_policies" -> context.state().escalationPolicies;
			default -> throw ApiError.invalidInput("entity_type must be one of " + String.join(", ", ENTITY_TYPES));
		};
	}

	private static Set<String> taggings(SimContext context, String entityType, String id) {
		return context.state().taggings.computeIfAbsent(entityType + "/" + id, k -> new LinkedHashSet<>());
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String query = request.queryParam("query");
		List<ObjectNode> tags = context.state().tags.values()
			.stream()
			.filter(tag -> query == null
					|| tag.path("label").asString().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "tags", tags));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		String label = Json.text(Bodies.wrapped(request, "tag"), "label");
		if (label == null || label.isBlank()) {
			throw ApiError.invalidInput("tag.label can't be blank");
		}
		if (byLabel(context, label) != null) {
			throw ApiError.invalidInput("Label has already been taken");
		}
		return SimResponse.json(201, Entities.wrap("tag", newTag(context, label)));
	}

	private static ObjectNode newTag(SimContext context, String label) {
		String id = context.state().newId();
		ObjectNode tag = Refs.resource(id, "tag", label, context.links().self("tags", id), null);
		tag.put("label", label);
		context.state().tags.put(id, tag);
		return tag;
	}

	private static @Nullable ObjectNode byLabel(SimContext context, String label) {
		return context.state().tags.values()
			.stream()
			.filter(tag -> tag.path("label").asString().equalsIgnoreCase(label))
			.findFirst()
			.orElse(null);
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode tag = Entities.find(context.state().tags, request.pathParam("id"));
		String id = tag.path("id").asString();
		context.state().tags.remove(id);
		context.state().taggings.values().forEach(ids -> ids.remove(id));
		return SimResponse.empty(204);
	}

	private static SimResponse tagged(SimRequest request, SimContext context) {
		ObjectNode tag = Entities.find(context.state().tags, request.pathParam("id"));
		String entityType = request.pathParam("entity_type");
		String tagId = tag.path("id").asString();
		List<ObjectNode> items = entities(context, entityType).values()
			.stream()
			.filter(item -> taggings(context, entityType, item.path("id").asString()).contains(tagId))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, entityType, items));
	}

	private static SimResponse tagsOf(SimRequest request, SimContext context) {
		String entityType = request.pathParam("entity_type");
		ObjectNode entity = Entities.find(entities(context, entityType), request.pathParam("id"));
		List<ObjectNode> tags = taggings(context, entityType, entity.path("id").asString()).stream()
			.map(context.state().tags::get)
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "tags", tags));
	}

	private static SimResponse changeTags(SimRequest request, SimContext context) {
		String entityType = request.pathParam("entity_type");
		ObjectNode entity = Entities.find(entities(context, entityType), request.pathParam("id"));
		ObjectNode body = Bodies.object(request);
		Set<String> ids = taggings(context, entityType, entity.path("id").asString());
		for (JsonNode add : body.path("add")) {
			if ("tag".equals(add.path("type").asString())) {
				String label = add.path("label").asString("");
				if (label.isBlank()) {
					throw ApiError.invalidInput("add[].label can't be blank");
				}
				ObjectNode tag = byLabel(context, label);
				ids.add((tag == null ? newTag(context, label) : tag).path("id").asString());
			}
			else {
				ids.add(Entities.find(context.state().tags, add.path("id").asString()).path("id").asString());
			}
		}
		for (JsonNode remove : body.path("remove")) {
			ids.remove(remove.path("id").asString());
		}
		return SimResponse.ok(Json.object());
	}

}
