package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /oncalls}: who is on call at each level of each escalation policy, filtered by {@code user_ids[]},
 * {@code escalation_policy_ids[]} and {@code schedule_ids[]}. The simulator has no time-based rotation, so the
 * answer does not depend on {@code since}/{@code until}.
 */
final class OncallRoutes {

    private OncallRoutes() {
    }

    static void register(Router router) {
        router.rest("GET", "/oncalls", OncallRoutes::list);
    }

    private static SimResponse list(SimRequest request, SimContext context) {
        List<String> userIds = request.queryList("user_ids");
        List<String> policyIds = request.queryList("escalation_policy_ids");
        List<String> scheduleIds = request.queryList("schedule_ids");
        List<ObjectNode> oncalls = new ArrayList<>();
        for (ObjectNode policy : context.state().escalationPolicies.values()) {
            int level = 0;
            for (JsonNode rule : policy.path("escalation_rules")) {
                level++;
                for (JsonNode target : rule.path("targets")) {
                    ObjectNode oncall = oncall(policy, level, target, context);
                    if (oncall != null && matches(oncall, userIds, policyIds, scheduleIds)) {
                        oncalls.add(oncall);
                    }
                }
            }
        }
        return SimResponse.ok(ClassicPage.render(request, "oncalls", oncalls));
    }

    private static @Nullable ObjectNode oncall(ObjectNode policy, int level,
            JsonNode target, SimContext context) {
        ObjectNode oncall = Json.object();
        oncall.set("escalation_policy", Refs.reference(policy));
        oncall.put("escalation_level", level);
        String type = target.path("type").asString();
        if (type.equals("user_reference")) {
            oncall.set("user", target.deepCopy());
        } else if (type.equals("schedule_reference")) {
            ObjectNode schedule = context.state().schedules.get(target.path("id").asString());
            if (schedule == null || schedule.path("users").isEmpty()) {
                return null;
            }
            oncall.set("schedule", Refs.reference(schedule));
            oncall.set("user", schedule.path("users").path(0).deepCopy());
        } else {
            return null;
        }
        return oncall;
    }

    private static boolean matches(JsonNode oncall, List<String> userIds, List<String> policyIds,
            List<String> scheduleIds) {
        return (userIds.isEmpty() || userIds.contains(oncall.path("user").path("id").asString()))
                && (policyIds.isEmpty() || policyIds.contains(oncall.path("escalation_policy").path("id").asString()))
                && (scheduleIds.isEmpty() || scheduleIds.contains(oncall.path("schedule").path("id").asString()));
    }
}
