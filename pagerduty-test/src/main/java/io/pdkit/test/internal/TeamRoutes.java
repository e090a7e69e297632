package io.pdkit.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PUT/DELETE /teams/{id}}, its members ({@code GET /teams/{id}/members},
 * {@code PUT/DELETE /teams/{id}/users/{user_id}} with a role) and its escalation policies
 * ({@code PUT/DELETE /teams/{id}/escalation_policies/{escalation_policy_id}}).
 */
final class TeamRoutes {

	private static final Set<String> ROLES = Set.of("observer", "responder", "manager");

	private TeamRoutes() {
	}

	static void register(Router router) {
		router.rest("PUT", "/teams/{id}", TeamRoutes::update)
			.rest("DELETE", "/teams/{id}", TeamRoutes::delete)
			.rest("GET", "/teams/{id}/members", TeamRoutes::members)
			.rest("PUT", "/teams/{id}/users/{user_id}", TeamRoutes::addUser)
			.rest("DELETE", "/teams/{id}/users/{user_id}", TeamRoutes::removeUser)
			.rest("PUT", "/teams/{id}/escalation_policies/{escalation_policy_id}", TeamRoutes::addPolicy)
			.rest("DELETE", "/teams/{id}/escalation_policies/{escalation_policy_id}", TeamRoutes::removePolicy);
	}

	private static ObjectNode team(SimRequest request, SimContext context) {
		return Entities.find(context.state().teams, request.pathParam("id"));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		ObjectNode body = Bodies.wrapped(request, "team");
		String name = Json.text(body, "name");
		if (name != null) {
			if (name.isBlank()) {
				throw ApiError.invalidInput("Name can't be blank");
			}
			team.put("name", name);
			team.put("summary", name);
		}
		String description = Json.text(body, "description");
		if (description != null) {
			team.put("description", description);
		}
		String defaultRole = Json.text(body, "default_role");
		if (defaultRole != null) {
			if (!defaultRole.equals("manager") && !defaultRole.equals("none")) {
				throw ApiError.invalidInput("default_role must be manager or none");
			}
			team.put("default_role", defaultRole);
		}
		AuditLog.record(context, "update", team, ServiceRoutes.actor(request, context));
		return SimResponse.ok(Entities.wrap("team", team));
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		String id = team.path("id").asString();
		context.state().teams.remove(id);
		context.state().teamRoles.remove(id);
		for (Map<String, ObjectNode> collection : List.of(context.state().users, context.state().escalationPolicies,
				context.state().services, context.state().schedules)) {
			collection.values().forEach(item -> withoutRef(item.withArray("teams"), id));
		}
		AuditLog.record(context, "delete", team, ServiceRoutes.actor(request, context));
		return SimResponse.empty(204);
	}

	private static SimResponse members(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		String id = team.path("id").asString();
		Map<String, String> roles = context.state().teamRoles.getOrDefault(id, Map.of());
		List<ObjectNode> members = context.state().users.values()
			.stream()
			.filter(user -> Filters.refersToAny(user.path("teams"), List.of(id)))
			.map(user -> {
				ObjectNode member = Json.object();
				member.set("user", Refs.reference(user));
				member.put("role", roles.getOrDefault(user.path("id").asString(), "manager"));
				return member;
			})
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "members", members));
	}

	private static SimResponse addUser(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		ObjectNode user = Entities.find(context.state().users, request.pathParam("user_id"));
		String role = "manager";
		if (!request.body().isBlank()) {
			role = Bodies.object(request).path("role").asString("manager");
		}
		if (!ROLES.contains(role)) {
			throw ApiError.invalidInput("role must be observer, responder or manager");
		}
		String teamId = team.path("id").asString();
		if (!Filters.refersToAny(user.path("teams"), List.of(teamId))) {
			user.withArray("teams").add(Refs.reference(team));
		}
		context.state().teamRoles.computeIfAbsent(teamId, k -> new LinkedHashMap<>())
			.put(user.path("id").asString(), role);
		return SimResponse.empty(204);
	}

	private static SimResponse removeUser(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		ObjectNode user = Entities.find(context.state().users, request.pathParam("user_id"));
		String teamId = team.path("id").asString();
		withoutRef(user.withArray("teams"), teamId);
		context.state().teamRoles.getOrDefault(teamId, new LinkedHashMap<>()).remove(user.path("id").asString());
		return SimResponse.empty(204);
	}

	private static SimResponse addPolicy(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		ObjectNode policy = Entities.find(context.state().escalationPolicies,
				request.pathParam("escalation_policy_id"));
		if (!Filters.refersToAny(policy.path("teams"), List.of(team.path("id").asString()))) {
			policy.withArray("teams").add(Refs.reference(team));
		}
		return SimResponse.empty(204);
	}

	private static SimResponse removePolicy(SimRequest request, SimContext context) {
		ObjectNode team = team(request, context);
		ObjectNode policy = Entities.find(context.state().escalationPolicies,
				request.pathParam("escalation_policy_id"));
		withoutRef(policy.withArray("teams"), team.path("id").asString());
		return SimResponse.empty(204);
	}

	private static void withoutRef(ArrayNode references, String id) {
		references.removeIf((JsonNode ref) -> id.equals(ref.path("id").asString()));
	}

}
