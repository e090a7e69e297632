package io.pdkit.test.internal;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** {@code /users/me}, {@code /users/{id}} and {@code /users/{id}/contact_methods}. */
final class UserRoutes {

	private UserRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/users/me", UserRoutes::me)
			.rest("GET", "/users/{id}",
					(request,
							context) -> SimResponse.ok(Entities.wrap("user",
									Includes.user(Entities.find(context.state().users, request.pathParam("id")),
											request.queryList("include"), context))))
			.rest("GET", "/users/{id}/contact_methods", UserRoutes::contactMethods)
			.rest("GET", "/users/{id}/contact_methods/{contact_method_id}", UserRoutes::contactMethod);
	}

	private static SimResponse me(SimRequest request, SimContext context) {
		ObjectNode me = context.state().currentUser().orElseThrow(ApiError::accountLevelToken);
		return SimResponse.ok(Entities.wrap("user", me));
	}

	private static SimResponse contactMethods(SimRequest request, SimContext context) {
		Entities.find(context.state().users, request.pathParam("id"));
		List<ObjectNode> methods = context.state().contactMethods.getOrDefault(request.pathParam("id"), List.of());
		ObjectNode body = Json.object();
		methods.forEach(method -> body.withArray("contact_methods").add(method.deepCopy()));
		body.withArray("contact_methods");
		return SimResponse.ok(body);
	}

	private static SimResponse contactMethod(SimRequest request, SimContext context) {
		Entities.find(context.state().users, request.pathParam("id"));
		String wanted = request.pathParam("contact_method_id");
		ObjectNode method = context.state().contactMethods.getOrDefault(request.pathParam("id"), List.of())
			.stream()
			.filter(m -> m.path("id").asString().equals(wanted))
			.findFirst()
			.orElseThrow(ApiError::notFound);
		return SimResponse.ok(Entities.wrap("contact_method", method));
	}

}
