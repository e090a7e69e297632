package io.pdkit.test.internal;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /users}, {@code PUT/DELETE /users/{id}} and the filtered {@code GET /users}
 * ({@code query}, {@code team_ids[]}, {@code include[]}): the account's users as
 * PagerDuty manages them.
 */
final class UserAdminRoutes {

	private static final Set<String> ROLES = Set.of("admin", "limited_user", "observer", "owner", "read_only_user",
			"restricted_access", "read_only_limited_user", "user");

	private static final List<String> UPDATABLE = List.of("name", "email", "time_zone", "color", "role", "description",
			"job_title");

	private UserAdminRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/users", UserAdminRoutes::list)
			.rest("POST", "/users", UserAdminRoutes::create)
			.rest("PUT", "/users/{id}", UserAdminRoutes::update)
			.rest("DELETE", "/users/{id}", UserAdminRoutes::delete);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String query = request.queryParam("query");
		List<String> teamIds = request.queryList("team_ids");
		List<ObjectNode> users = context.state().users.values()
			.stream()
			.filter(user -> query == null || Filters.nameOrEmailContains(user, query))
			.filter(user -> teamIds.isEmpty() || Filters.refersToAny(user.path("teams"), teamIds))
			.map(user -> Includes.user(user, request.queryList("include"), context))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "users", users));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "user");
		String name = required(body, "name");
		String email = required(body, "email");
		if (!email.contains("@")) {
			throw ApiError.invalidInput("Email is invalid");
		}
		if (context.state().userByEmail(email).isPresent()) {
			throw ApiError.invalidInput("Email has already been taken");
		}
		String role = role(body, "user");
		ObjectNode user = new ResourceFactory(context, ServiceRoutes.actor(request, context)).user(name, email, role,
				body.path("job_title").asString(""));
		copy(body, user);
		return SimResponse.json(201, Entities.wrap("user", user));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode user = Entities.find(context.state().users, request.pathParam("id"));
		ObjectNode body = Bodies.wrapped(request, "user");
		String email = Json.text(body, "email");
		if (email != null) {
			boolean taken = context.state().userByEmail(email).filter(other -> other != user).isPresent();
			if (taken || !email.contains("@")) {
				throw ApiError.invalidInput(taken ? "Email has already been taken" : "Email is invalid");
			}
		}
		role(body, user.path("role").asString());
		copy(body, user);
		AuditLog.record(context, "update", user, ServiceRoutes.actor(request, context));
		return SimResponse.ok(Entities.wrap("user", user));
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode user = Entities.find(context.state().users, request.pathParam("id"));
		String id = user.path("id").asString();
		if (context.state().currentUser().filter(owner -> owner == user).isPresent()) {
			throw ApiError.invalidInput("The account owner cannot be deleted");
		}
		for (ObjectNode policy : context.state().escalationPolicies.values()) {
			for (JsonNode rule : policy.path("escalation_rules")) {
				JsonNode targets = rule.path("targets");
				if (targets.size() == 1 && id.equals(targets.path(0).path("id").asString())) {
					throw ApiError.invalidInput("The user is the only target of a rule of the escalation policy "
							+ policy.path("name").asString());
				}
			}
		}
		for (ObjectNode policy : context.state().escalationPolicies.values()) {
			policy.path("escalation_rules")
				.forEach(rule -> ((ArrayNode) rule.get("targets"))
					.removeIf(ref -> id.equals(ref.path("id").asString())));
		}
		for (ObjectNode schedule : context.state().schedules.values()) {
			((ArrayNode) schedule.get("users")).removeIf(ref -> id.equals(ref.path("id").asString()));
			schedule.path("schedule_layers")
				.forEach(layer -> ((ArrayNode) layer.get("users"))
					.removeIf(entry -> id.equals(entry.path("user").path("id").asString())));
		}
		context.state().teamRoles.values().forEach(roles -> roles.remove(id));
		context.state().users.remove(id);
		context.state().contactMethods.remove(id);
		context.state().notificationRules.remove(id);
		AuditLog.record(context, "delete", user, ServiceRoutes.actor(request, context));
		return SimResponse.empty(204);
	}

	private static void copy(ObjectNode body, ObjectNode user) {
		for (String field : UPDATABLE) {
			JsonNode value = body.get(field);
			if (value != null && value.isString()) {
				user.put(field, value.asString());
			}
		}
		user.put("summary", user.path("name").asString());
	}

	private static String role(ObjectNode body, String fallback) {
		String role = body.path("role").asString(fallback);
		if (!ROLES.contains(role)) {
			throw ApiError.invalidInput("Role must be one of " + String.join(", ", ROLES.stream().sorted().toList()));
		}
		return role;
	}

	private static String required(ObjectNode body, String field) {
		String value = Json.text(body, field);
		if (value == null || value.isBlank()) {
			throw ApiError
				.invalidInput(Character.toUpperCase(field.charAt(0)) + field.substring(1) + " can't be blank");
		}
		return value;
	}

}
