package io.pdkit.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maintenance windows: list ({@code query}, {@code service_ids[]}, {@code team_ids[]},
 * {@code filter} = past, future, ongoing, open or all), get, create, update and delete (a
 * past window cannot be deleted). While a window is ongoing, trigger events for its
 * services open no incident.
 */
final class MaintenanceWindowRoutes {

	private static final Set<String> FILTERS = Set.of("past", "future", "ongoing", "open", "all");

	private MaintenanceWindowRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/maintenance_windows", MaintenanceWindowRoutes::list)
			.rest("POST", "/maintenance_windows", MaintenanceWindowRoutes::create)
			.rest("GET", "/maintenance_windows/{id}", Entities.get(s -> s.maintenanceWindows, "maintenance_window"))
			.rest("PUT", "/maintenance_windows/{id}", MaintenanceWindowRoutes::update)
			.rest("DELETE", "/maintenance_windows/{id}", MaintenanceWindowRoutes::delete);
	}

	/**
	 * Whether a service is in an ongoing maintenance window at the simulator's current
	 * time.
	 */
	static boolean inMaintenance(SimContext context, String serviceId) {
		return context.state().maintenanceWindows.values()
			.stream()
			.anyMatch(window -> "ongoing".equals(phase(window, context.now()))
					&& Filters.refersToAny(window.path("services"), List.of(serviceId)));
	}

	private static String phase(JsonNode window, Instant now) {
		if (!now.isBefore(Instant.parse(window.path("end_time").asString()))) {
			return "past";
		}
		return now.isBefore(Instant.parse(window.path("start_time").asString())) ? "future" : "ongoing";
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		String filter = request.queryParam("filter") == null ? "all" : request.queryParam("filter");
		if (!FILTERS.contains(filter)) {
			throw ApiError.invalidInput("filter must be one of all, future, ongoing, open, past");
		}
		String query = request.queryParam("query");
		List<String> serviceIds = request.queryList("service_ids");
		List<String> teamIds = request.queryList("team_ids");
		Instant now = context.now();
		List<ObjectNode> windows = context.state().maintenanceWindows.values()
			.stream()
			.filter(w -> filter.equals("all") || filter.equals(phase(w, now))
					|| (filter.equals("open") && !phase(w, now).equals("past")))
			.filter(w -> query == null || w.path("description")
				.asString("")
				.toLowerCase(java.util.Locale.ROOT)
				.contains(query.toLowerCase(java.util.Locale.ROOT)))
			.filter(w -> serviceIds.isEmpty() || Filters.refersToAny(w.path("services"), serviceIds))
			.filter(w -> teamIds.isEmpty() || Filters.refersToAny(w.path("teams"), teamIds))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "maintenance_windows", windows));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "maintenance_window");
		String id = context.state().newId();
		ObjectNode window = Refs.resource(id, "maintenance_window", "Maintenance window",
				context.links().self("maintenance_windows", id), context.links().html("maintenance_windows", id));
		window.put("sequence_number", context.state().maintenanceWindows.size() + 1);
		apply(body, window, context, true);
		ObjectNode creator = ServiceRoutes.actor(request, context);
		if (creator != null) {
			window.set("created_by", Refs.reference(creator));
		}
		context.state().maintenanceWindows.put(id, window);
		return SimResponse.json(201, Entities.wrap("maintenance_window", window));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode window = Entities.find(context.state().maintenanceWindows, request.pathParam("id"));
		if ("past".equals(phase(window, context.now()))) {
			throw ApiError.invalidInput("A maintenance window that has ended cannot be changed");
		}
		apply(Bodies.wrapped(request, "maintenance_window"), window, context, false);
		return SimResponse.ok(Entities.wrap("maintenance_window", window));
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode window = Entities.find(context.state().maintenanceWindows, request.pathParam("id"));
		if ("past".equals(phase(window, context.now()))) {
			throw ApiError.invalidInput("A maintenance window that has ended cannot be deleted");
		}
		context.state().maintenanceWindows.remove(window.path("id").asString());
		return SimResponse.empty(204);
	}

	private static void apply(ObjectNode body, ObjectNode window, SimContext context, boolean creating) {
		for (String field : List.of("start_time", "end_time")) {
			String text = Json.text(body, field);
			if (text == null && creating) {
				throw ApiError.invalidInput("maintenance_window." + field + " is required");
			}
			if (text != null) {
				window.put(field, Times.format(Times.parse(text, "maintenance_window." + field)));
			}
		}
		if (!Instant.parse(window.path("end_time").asString())
			.isAfter(Instant.parse(window.path("start_time").asString()))) {
			throw ApiError.invalidInput("maintenance_window.end_time must be after start_time");
		}
		String description = Json.text(body, "description");
		if (description != null) {
			window.put("description", description);
			window.put("summary", description);
		}
		JsonNode refs = body.get("services");
		if (refs == null && creating) {
			throw ApiError.invalidInput("maintenance_window.services must name at least one service");
		}
		if (refs != null) {
			List<ObjectNode> services = new ArrayList<>();
			for (JsonNode ref : refs) {
				services.add(context.state().services.values()
					.stream()
					.filter(s -> s.path("id").asString().equals(ref.path("id").asString()))
					.findFirst()
					.orElseThrow(() -> ApiError.invalidInput("Service not found: " + ref.path("id").asString())));
			}
			if (services.isEmpty()) {
				throw ApiError.invalidInput("maintenance_window.services must name at least one service");
			}
			ArrayNode serviceRefs = window.putArray("services");
			ArrayNode teamRefs = window.putArray("teams");
			for (ObjectNode service : services) {
				serviceRefs.add(Refs.reference(service));
				for (JsonNode team : service.path("teams")) {
					if (!Filters.refersToAny(teamRefs, List.of(team.path("id").asString()))) {
						teamRefs.add(team.deepCopy());
					}
				}
			}
		}
	}

}
