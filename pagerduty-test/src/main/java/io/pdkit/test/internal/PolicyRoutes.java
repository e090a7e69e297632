package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /teams} and {@code POST /escalation_policies}, so that an account seeded {@code EMPTY} can be built
 * up over the API (a service needs an escalation policy).
 */
final class PolicyRoutes {

    private PolicyRoutes() {
    }

    static void register(Router router) {
        router.rest("POST", "/teams", PolicyRoutes::createTeam)
                .rest("POST", "/escalation_policies", PolicyRoutes::createPolicy);
    }

    private static SimResponse createTeam(SimRequest request, SimContext context) {
        ObjectNode body = Bodies.wrapped(request, "team");
        String name = requireName(body);
        ObjectNode team = new ResourceFactory(context, ServiceRoutes.actor(request, context))
                .team(name, body.path("description").asString(""), List.of());
        return SimResponse.json(201, Entities.wrap("team", team));
    }

    private static SimResponse createPolicy(SimRequest request, SimContext context) {
        ObjectNode body = Bodies.wrapped(request, "escalation_policy");
        String name = requireName(body);
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
        List<ObjectNode> teams = new ArrayList<>();
        for (JsonNode ref : body.path("teams")) {
            ObjectNode team = context.state().teams.get(ref.path("id").asString());
            if (team == null) {
                throw ApiError.invalidInput("Team not found: " + ref.path("id").asString());
            }
            teams.add(team);
        }
        ObjectNode policy = new ResourceFactory(context, ServiceRoutes.actor(request, context))
                .escalationPolicy(name, List.of(), teams);
        ArrayNode created = (ArrayNode) policy.get("escalation_rules");
        for (int i = 0; i < targets.size(); i++) {
            ObjectNode rule = created.addObject();
            rule.put("id", context.state().newId());
            rule.put("escalation_delay_in_minutes", rules.get(i).path("escalation_delay_in_minutes").asInt(30));
            ArrayNode refs = rule.putArray("targets");
            targets.get(i).forEach(target -> refs.add(Refs.reference(target)));
        }
        policy.put("num_loops", body.path("num_loops").asInt(0));
        return SimResponse.json(201, Entities.wrap("escalation_policy", policy));
    }

    private static ObjectNode target(JsonNode ref, SimContext context) {
        String type = ref.path("type").asString("user_reference");
        ObjectNode target = type.startsWith("schedule")
                ? context.state().schedules.get(ref.path("id").asString())
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
