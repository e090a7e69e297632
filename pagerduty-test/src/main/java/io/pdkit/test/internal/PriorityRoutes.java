package io.pdkit.test.internal;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /priorities}: the account's incident priorities, P1 (highest) to P5, which
 * incidents can carry.
 */
final class PriorityRoutes {

	private PriorityRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/priorities", (request, context) -> SimResponse
			.ok(ClassicPage.render(request, "priorities", List.copyOf(context.state().priorities.values()))));
	}

	/** Adds P1 to P5 to the account. */
	static void seed(SimContext context) {
		String[] descriptions = { "Critical: customers cannot use the product", "High: a major feature is down",
				"Moderate: a feature is degraded", "Low: a minor problem", "Informational" };
		for (int i = 0; i < descriptions.length; i++) {
			String id = context.state().newId();
			String name = "P" + (i + 1);
			ObjectNode priority = Refs.resource(id, "priority", name, context.links().self("priorities", id), null);
			priority.remove("html_url");
			priority.put("name", name);
			priority.put("description", descriptions[i]);
			context.state().priorities.put(id, priority);
		}
	}

}
