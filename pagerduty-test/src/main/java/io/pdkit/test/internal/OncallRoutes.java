package io.pdkit.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /oncalls}: who is on call at each level of each escalation policy. A user
 * target is always on call (no {@code start}/{@code end}); a schedule target yields the
 * turns computed from its layers and overrides that overlap {@code since}/{@code until}
 * (the current instant when neither is given). Filters: {@code user_ids[]},
 * {@code escalation_policy_ids[]}, {@code schedule_ids[]}, {@code earliest=true}.
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
		boolean earliest = "true".equalsIgnoreCase(request.queryParam("earliest"));
		Instant from = request.queryParam("since") == null ? context.now()
				: Times.parse(request.queryParam("since"), "since");
		Instant to = request.queryParam("until") == null ? from : Times.parse(request.queryParam("until"), "until");
		if (to.isBefore(from)) {
			throw ApiError.invalidInput("'since' must not be after 'until'");
		}
		List<ObjectNode> oncalls = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ObjectNode policy : context.state().escalationPolicies.values()) {
			if (!policyIds.isEmpty() && !policyIds.contains(policy.path("id").asString())) {
				continue;
			}
			int level = 0;
			for (JsonNode rule : policy.path("escalation_rules")) {
				level++;
				for (JsonNode target : rule.path("targets")) {
					for (ObjectNode oncall : oncalls(policy, level, target, from, to, context)) {
						String key = policy.path("id").asString() + "/" + oncall.path("escalation_level").asInt() + "/"
								+ oncall.path("user").path("id").asString();
						if (matches(oncall, userIds, scheduleIds) && (!earliest || seen.add(key))) {
							oncalls.add(oncall);
						}
					}
				}
			}
		}
		return SimResponse.ok(ClassicPage.render(request, "oncalls", oncalls));
	}

	private static List<ObjectNode> oncalls(ObjectNode policy, int level, JsonNode target, Instant from, Instant to,
			SimContext context) {
		String type = target.path("type").asString();
		if (type.equals("user_reference")) {
			ObjectNode oncall = start(policy, level);
			oncall.set("user", target.deepCopy());
			return List.of(oncall);
		}
		ObjectNode schedule = context.state().schedules.get(target.path("id").asString());
		if (!type.equals("schedule_reference") || schedule == null) {
			return List.of();
		}
		List<ObjectNode> overrides = ScheduleRoutes.overridesOf(context, schedule.path("id").asString());
		List<ScheduleRenderer.Span> spans = ScheduleRenderer.render(schedule, overrides, from,
				from.equals(to) ? from.plusSeconds(1) : to);
		List<ObjectNode> result = new ArrayList<>();
		for (ScheduleRenderer.Span span : spans) {
			ScheduleRenderer.Span full = fullTurn(schedule, overrides, span);
			ObjectNode oncall = start(policy, level);
			oncall.set("schedule", Refs.reference(schedule));
			oncall.set("user", span.user().deepCopy());
			oncall.put("start", Times.format(full.start()));
			oncall.put("end", Times.format(full.end()));
			result.add(oncall);
		}
		return result;
	}

	private static ScheduleRenderer.Span fullTurn(JsonNode schedule, List<ObjectNode> overrides,
			ScheduleRenderer.Span span) {
		List<ScheduleRenderer.Span> around = ScheduleRenderer.render(schedule, overrides,
				span.start().minus(ScheduleRoutes.DEFAULT_WINDOW), span.end().plus(ScheduleRoutes.DEFAULT_WINDOW));
		for (ScheduleRenderer.Span candidate : around) {
			if (!candidate.start().isAfter(span.start()) && !candidate.end().isBefore(span.end())) {
				return candidate;
			}
		}
		return span;
	}

	private static ObjectNode start(ObjectNode policy, int level) {
		ObjectNode oncall = Json.object();
		oncall.set("escalation_policy", Refs.reference(policy));
		oncall.put("escalation_level", level);
		return oncall;
	}

	private static boolean matches(JsonNode oncall, List<String> userIds, List<String> scheduleIds) {
		return (userIds.isEmpty() || userIds.contains(oncall.path("user").path("id").asString()))
				&& (scheduleIds.isEmpty() || scheduleIds.contains(oncall.path("schedule").path("id").asString()));
	}

}
