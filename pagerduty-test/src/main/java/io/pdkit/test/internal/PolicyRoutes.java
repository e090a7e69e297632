package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /teams}, and escalation policies: filtered list ({@code query},
 * {@code user_ids[]}, {@code team_ids[]}, {@code include[]}), create, update (rules,
 * teams, name, loops) and delete (refused while a service uses the policy).
 */
final class PolicyRoutes {

	private PolicyRoutes() {
	}

	static void register(Router router) {
		router.rest("POST", "/teams", PolicyRoutes::createTeam)
			.rest("GET", "/escalation_policies", PolicyRoutes::listPolicies)
			.rest("POST", "/escalation_policies", PolicyRoutes::createPolicy)
			.rest("PUT", "/escalation_policies/{id}", PolicyRoutes::updatePolicy)
			.rest("DELETE", "/escalation_policies/{id}", PolicyRoutes::deletePolicy);
	}

	private static SimResponse createTeam(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "team");
		String name = requireName(body);
		ObjectNode team = new ResourceFactory(context, ServiceRoutes.actor(request, context)).team(name,
				body.path("description").asString(""), List.of());
		return SimResponse.json(201, Entities.wrap("team", team));
	}

	private static SimResponse listPolicies(SimRequest request, SimContext context) {
		String query = request.queryParam("query");
		List<String> userIds = request.queryList("user_ids");
		List<String> teamIds = request.queryList("team_ids");
		List<ObjectNode> policies = context.state().escalationPolicies.values()
			.stream()
			.filter(policy -> query == null || Filters.nameOrEmailContains(policy, query))
			.filter(policy -> teamIds.isEmpty() || Filters.refersToAny(policy.path("teams"), teamIds))
			.filter(policy -> userIds.isEmpty() || targetsAnyUser(policy, userIds, context))
			.map(policy -> Includes.policy(policy, request.queryList("include"), context))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "escalation_policies", policies));
	}

	private static boolean targetsAnyUser(ObjectNode policy, List<String> userIds, SimContext context) {
		for (JsonNode rule : policy.path("escalation_rules")) {
			for (JsonNode target : rule.path("targets")) {
				if (userIds.contains(target.path("id").asString())) {
					return true;
				}
				ObjectNode schedule = context.state().schedules.get(target.path("id").asString());
				if (schedule != null && Filters.refersToAny(schedule.path("users"), userIds)) {
					return true;
				}
			}
		}
		return false;
	}

	private static SimResponse createPolicy(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "escalation_policy");
		String name = requireName(body);
		List<List<ObjectNode>> targets = rules(body, context);
		List<ObjectNode> teams = teams(body, context);
		ObjectNode policy = new ResourceFactory(context, ServiceRoutes.actor(request, context)).escalationPolicy(name,
				List.of(), teams);
		setRules(policy, body.path("escalation_rules"), targets, context);
		policy.put("num_loops", body.path("num_loops").asInt(0));
		copyDescription(body, policy);
		return SimResponse.json(201, Entities.wrap("escalation_policy", policy));
	}

	private static SimResponse updatePolicy(SimRequest request, SimContext context) {
		ObjectNode policy = Entities.find(context.state().escalationPolicies, request.pathParam("id"));
		ObjectNode body = Bodies.wrapped(request, "escalation_policy");
		if (body.has("name")) {
			policy.put("name", requireName(body));
			policy.put("summary", policy.path("name").asString());
		}
		if (body.has("escalation_rules")) {
			setRules(policy, body.path("escalation_rules"), rules(body, context), context);
		}
		if (body.has("teams")) {
			ArrayNode refs = policy.putArray("teams");
			teams(body, context).forEach(team -> refs.add(Refs.reference(team)));
		}
		if (body.has("num_loops")) {
			policy.put("num_loops", body.path("num_loops").asInt(0));
		}
		String handoff = Json.text(body, "on_call_handoff_notifications");
		if (handoff != null) {
			if (!handoff.equals("if_has_services") && !handoff.equals("always")) {
				throw ApiError.invalidInput("on_call_handoff_notifications must be if_has_services or always");
			}
			policy.put("on_call_handoff_notifications", handoff);
		}
		copyDescription(body, policy);
		AuditLog.record(context, "update", policy, ServiceRoutes.actor(request, context));
		return SimResponse.ok(Entities.wrap("escalation_policy", policy));
	}

	private static SimResponse deletePolicy(SimRequest request, SimContext context) {
		ObjectNode policy = Entities.find(context.state().escalationPolicies, request.pathParam("id"));
		String id = policy.path("id").asString();
		boolean inUse = context.state().services.values()
			.stream()
			.anyMatch(service -> id.equals(service.path("escalation_policy").path("id").asString()));
		if (inUse) {
			throw ApiError.invalidInput("This escalation policy is in use by one or more services");
		}
		context.state().escalationPolicies.remove(id);
		context.state().schedules.values()
			.forEach(schedule -> schedule.withArray("escalation_policies")
				.removeIf(ref -> id.equals(ref.path("id").asString())));
		AuditLog.record(context, "delete", policy, ServiceRoutes.actor(request, context));
		return SimResponse.empty(204);
	}

	private static List<List<ObjectNode>> rules(ObjectNode body, SimContext context) {
		JsonNode rules = body.path("escalation_rules");
		if (!rules.isArray() || rules.isEmpty()) {
			throw ApiError.invalidInput("Escalation rules must have at least one rule");
		}
		List<List<ObjectNode>> targets = new ArrayList<>();
		for (JsonNode rule : rules) {
			List<ObjectNode> ruleTargets = new ArrayList<>();
			rule.path("targets").forEach(ref -> ruleTargets.add(target(ref, context)));
			if (ruleTargets.isEmpty()) {
				throw ApiError.invalidInput("Each escalation rule needs at least one target");
			}
			targets.add(ruleTargets);
		}
		return targets;
	}

	private static List<ObjectNode> teams(ObjectNode body, SimContext context) {
		List<ObjectNode> teams = new ArrayList<>();
		for (JsonNode ref : body.path("teams")) {
			ObjectNode team = context.state().teams.get(ref.path("id").asString());
			if (team == null) {
				throw ApiError.invalidInput("Team not found: " + ref.path("id").asString());
			}
			teams.add(team);
		}
		return teams;
	}

	private static void setRules(ObjectNode policy, JsonNode rules, List<List<ObjectNode>> targets,
			SimContext context) {
		ArrayNode created = policy.putArray("escalation_rules");
		for (int i = 0; i < targets.size(); i++) {
			ObjectNode rule = created.addObject();
			rule.put("id", rules.get(i).path("id").asString(context.state().newId()));
			rule.put("escalation_delay_in_minutes", rules.get(i).path("escalation_delay_in_minutes").asInt(30));
			ArrayNode refs = rule.putArray("targets");
			targets.get(i).forEach(target -> refs.add(Refs.reference(target)));
		}
		String policyId = policy.path("id").asString();
		for (List<ObjectNode> ruleTargets : targets) {
			for (ObjectNode target : ruleTargets) {
				ArrayNode usedBy = target.withArray("escalation_policies");
				if ("schedule".equals(target.path("type").asString())
						&& !Filters.refersToAny(usedBy, List.of(policyId))) {
					usedBy.add(Refs.reference(policy));
				}
			}
		}
	}

	private static void copyDescription(ObjectNode body, ObjectNode policy) {
		String description = Json.text(body, "description");
		if (description != null) {
			policy.put("description", description);
		}
	}

	private static ObjectNode target(JsonNode ref, SimContext context) {
		String type = ref.path("type").asString("user_reference");
		ObjectNode target = type.startsWith("schedule") ? context.state().schedules.get(ref.path("id").asString())
				: context.state().users.get(ref.path("id").asString());
		if (target == null) {
			throw ApiError.invalidInput("Escalation rule target not found: " + ref.path("id").asString());
		}
		return target;
	}

	private static String requireName(ObjectNode body) {
		String name = Json.text(body, "name");
		if (name == null || name.isBlank()) {
			throw ApiError.invalidInput("Name can't be blank");
		}
		return name;
	}

}
