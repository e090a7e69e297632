package io.pdkit.test.internal;

/**
 * {@code GET /teams}, {@code GET /teams/{id}} and {@code GET /escalation_policies/{id}}.
 */
final class DirectoryRoutes {

	private DirectoryRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/teams", Entities.list(s -> s.teams, "teams"))
			.rest("GET", "/teams/{id}", Entities.get(s -> s.teams, "team"))
			.rest("GET", "/escalation_policies/{id}", Entities.get(s -> s.escalationPolicies, "escalation_policy"));
	}

}
