package io.pdkit.test.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schedules: list ({@code query}), get with the final schedule rendered for
 * {@code since}/{@code until}, create, update, delete (refused while an escalation policy
 * uses it), preview, overrides (list, create, delete) and {@code GET
 * /schedules/{id}/users}. Without {@code since}/{@code until} the window is now to two
 * weeks later.
 */
final class ScheduleRoutes {

	static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

	private ScheduleRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/schedules", ScheduleRoutes::list)
			.rest("POST", "/schedules", ScheduleRoutes::create)
			.rest("POST", "/schedules/preview", ScheduleRoutes::preview)
			.rest("GET", "/schedules/{id}", ScheduleRoutes::get)
			.rest("PUT", "/schedules/{id}", ScheduleRoutes::update)
			.rest("DELETE", "/schedules/{id}", ScheduleRoutes::delete)
			.rest("GET", "/schedules/{id}/users", ScheduleRoutes::users)
			.rest("GET", "/schedules/{id}/overrides", ScheduleRoutes::overrides)
			.rest("POST", "/schedules/{id}/overrides", ScheduleRoutes::createOverrides)
			.rest("DELETE", "/schedules/{id}/overrides/{override_id}", ScheduleRoutes::deleteOverride);
	}

	/**
	 * The window of {@code since}/{@code until}, defaulting to now and two weeks after
	 * {@code since}.
	 */
	static Instant[] window(SimRequest request, SimContext context, Duration defaultLength) {
		String since = request.queryParam("since");
		String until = request.queryParam("until");
		Instant from = since == null ? context.now() : Times.parse(since, "since");
		Instant to = until == null ? from.plus(defaultLength) : Times.parse(until, "until");
		if (to.isBefore(from)) {
			throw ApiError.invalidInput("'since' must not be after 'until'");
		}
		return new Instant[] { from, to };
	}

	static List<ObjectNode> overridesOf(SimContext context, String scheduleId) {
		return context.state().overrides.computeIfAbsent(scheduleId, k -> new ArrayList<>());
	}

	private static ObjectNode schedule(SimRequest request, SimContext context) {
		return Entities.find(context.state().schedules, request.pathParam("id"));
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String query = request.queryParam("query");
		List<ObjectNode> schedules = context.state().schedules.values()
			.stream()
			.filter(schedule -> query == null || Filters.nameOrEmailContains(schedule, query))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "schedules", schedules));
	}

	private static ObjectNode rendered(ObjectNode schedule, SimRequest request, SimContext context) {
		Instant[] window = window(request, context, DEFAULT_WINDOW);
		List<ObjectNode> overrides = schedule.has("id") ? overridesOf(context, schedule.path("id").asString())
				: List.of();
		ObjectNode copy = schedule.deepCopy();
		copy.set("final_schedule", ScheduleRenderer.subSchedule("Final Schedule",
				ScheduleRenderer.render(schedule, overrides, window[0], window[1]), window[0], window[1]));
		ObjectNode onlyOverrides = Json.object();
		onlyOverrides.set("schedule_layers", Json.array());
		copy.set("overrides_subschedule", ScheduleRenderer.subSchedule("Overrides",
				ScheduleRenderer.render(onlyOverrides, overrides, window[0], window[1]), window[0], window[1]));
		return copy;
	}

	private static SimResponse get(SimRequest request, SimContext context) {
		return SimResponse.ok(Entities.wrap("schedule", rendered(schedule(request, context), request, context)));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "schedule");
		String id = context.state().newId();
		String name = body.path("name").asString("Schedule " + id);
		ObjectNode schedule = Refs.resource(id, "schedule", name, context.links().self("schedules", id),
				context.links().html("schedules", id));
		schedule.put("name", name);
		ScheduleLayers.apply(body, schedule, context);
		schedule.putArray("escalation_policies");
		schedule.putArray("teams");
		context.state().schedules.put(id, schedule);
		AuditLog.record(context, "create", schedule, ServiceRoutes.actor(request, context));
		return SimResponse.json(201, Entities.wrap("schedule", rendered(schedule, request, context)));
	}

	private static SimResponse preview(SimRequest request, SimContext context) {
		ObjectNode schedule = Json.object();
		schedule.put("type", "schedule");
		schedule.put("name", "Preview");
		ScheduleLayers.apply(Bodies.wrapped(request, "schedule"), schedule, context);
		return SimResponse.ok(Entities.wrap("schedule", rendered(schedule, request, context)));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		ObjectNode updated = schedule.deepCopy();
		ScheduleLayers.apply(Bodies.wrapped(request, "schedule"), updated, context);
		schedule.setAll(updated);
		AuditLog.record(context, "update", schedule, ServiceRoutes.actor(request, context));
		return SimResponse.ok(Entities.wrap("schedule", rendered(schedule, request, context)));
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		String id = schedule.path("id").asString();
		for (ObjectNode policy : context.state().escalationPolicies.values()) {
			for (JsonNode rule : policy.path("escalation_rules")) {
				if (Filters.refersToAny(rule.path("targets"), List.of(id))) {
					throw ApiError.invalidInput(
							"The schedule is used by the escalation policy " + policy.path("name").asString());
				}
			}
		}
		context.state().schedules.remove(id);
		context.state().overrides.remove(id);
		AuditLog.record(context, "delete", schedule, ServiceRoutes.actor(request, context));
		return SimResponse.empty(204);
	}

	private static SimResponse users(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		Instant[] window = window(request, context, DEFAULT_WINDOW);
		Map<String, ObjectNode> users = new LinkedHashMap<>();
		List<ObjectNode> overrides = overridesOf(context, schedule.path("id").asString());
		for (ScheduleRenderer.Span span : ScheduleRenderer.render(schedule, overrides, window[0], window[1])) {
			String id = span.user().path("id").asString();
			ObjectNode user = context.state().users.get(id);
			if (user != null) {
				users.putIfAbsent(id, user.deepCopy());
			}
		}
		ObjectNode body = Json.object();
		ArrayNode list = body.putArray("users");
		users.values().forEach(list::add);
		return SimResponse.ok(body);
	}

	private static SimResponse overrides(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		Instant[] window = window(request, context, DEFAULT_WINDOW);
		ObjectNode body = Json.object();
		ArrayNode list = body.putArray("overrides");
		for (ObjectNode override : overridesOf(context, schedule.path("id").asString())) {
			Instant start = Instant.parse(override.path("start").asString());
			Instant end = Instant.parse(override.path("end").asString());
			if (start.isBefore(window[1]) && end.isAfter(window[0])) {
				list.add(override.deepCopy());
			}
		}
		return SimResponse.ok(body);
	}

	private static SimResponse createOverrides(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		ObjectNode body = Bodies.object(request);
		if (body.get("override") instanceof ObjectNode single) {
			return SimResponse.json(201, Entities.wrap("override", override(single, schedule, context)));
		}
		JsonNode many = body.path("overrides");
		if (!many.isMissingNode() && !many.isArray()) {
			throw ApiError.invalidInput("'overrides' must be an array");
		}
		ArrayNode results = Json.array();
		for (JsonNode input : many) {
			ObjectNode result = results.addObject();
			result.put("status", 201);
			result.set("override", override(input, schedule, context));
		}
		return SimResponse.json(201, results);
	}

	private static ObjectNode override(JsonNode input, ObjectNode schedule, SimContext context) {
		String startText = Json.text(input, "start");
		String endText = Json.text(input, "end");
		if (startText == null || endText == null) {
			throw ApiError.invalidInput("override.start and override.end are required");
		}
		Instant start = Times.parse(startText, "override.start");
		Instant end = Times.parse(endText, "override.end");
		if (!end.isAfter(start)) {
			throw ApiError.invalidInput("override.end must be after override.start");
		}
		ObjectNode user = context.state().users.get(input.path("user").path("id").asString());
		if (user == null) {
			throw ApiError.invalidInput("override.user must name a user of the account");
		}
		ObjectNode override = Json.object();
		override.put("id", context.state().newId());
		override.put("start", Times.format(start));
		override.put("end", Times.format(end));
		override.set("user", Refs.reference(user));
		overridesOf(context, schedule.path("id").asString()).add(override);
		return override;
	}

	private static SimResponse deleteOverride(SimRequest request, SimContext context) {
		ObjectNode schedule = schedule(request, context);
		String id = request.pathParam("override_id");
		boolean removed = overridesOf(context, schedule.path("id").asString())
			.removeIf(override -> id.equals(override.path("id").asString()));
		if (!removed) {
			throw ApiError.notFound();
		}
		return SimResponse.empty(204);
	}

}
