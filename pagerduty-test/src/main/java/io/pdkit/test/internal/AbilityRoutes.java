package io.pdkit.test.internal;

import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /abilities} and {@code GET /abilities/{id}} (204 when the account has it,
 * 402 when not).
 */
final class AbilityRoutes {

	/**
	 * Abilities PagerDuty knows; the account has those in its state, the others answer
	 * 402.
	 */
	static final Set<String> KNOWN = Set.of("teams", "urgencies", "read_only_users", "sso", "service_support_hours",
			"advanced_reports", "event_rules", "response_plays", "status_dashboard", "event_intelligence",
			"coordinated_responding", "custom_fields");

	private AbilityRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/abilities", AbilityRoutes::list).rest("GET", "/abilities/{id}", AbilityRoutes::test);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		ObjectNode body = Json.object();
		ArrayNode abilities = body.putArray("abilities");
		context.state().abilities.forEach(abilities::add);
		return SimResponse.ok(body);
	}

	private static SimResponse test(SimRequest request, SimContext context) {
		String ability = request.pathParam("id");
		if (context.state().abilities.contains(ability)) {
			return SimResponse.empty(204);
		}
		if (KNOWN.contains(ability)) {
			throw ApiError.paymentRequired(ability);
		}
		throw ApiError.notFound();
	}

}
