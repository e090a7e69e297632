package io.pdkit.test.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /services}: list, get, create, update, and their Events API v2 integrations. */
final class ServiceRoutes {

	private static final List<String> UPDATABLE = List.of("name", "description", "status", "auto_resolve_timeout",
			"acknowledgement_timeout", "alert_creation", "incident_urgency_rule");

	private ServiceRoutes() {
	}

	static void register(Router router) {
		router.rest("GET", "/services", ServiceRoutes::list)
			.rest("POST", "/services", ServiceRoutes::create)
			.rest("GET", "/services/{id}", Entities.get(s -> s.services, "service"))
			.rest("PUT", "/services/{id}", ServiceRoutes::update)
			.rest("DELETE", "/services/{id}", ServiceRoutes::delete)
			.rest("POST", "/services/{id}/integrations", ServiceRoutes::createIntegration)
			.rest("GET", "/services/{id}/integrations/{integration_id}", ServiceRoutes::integration);
	}

	private static SimResponse list(SimRequest request, SimContext context) {
		List<String> teamIds = request.queryList("team_ids");
		String query = request.queryParam("query");
		List<ObjectNode> services = context.state().services.values()
			.stream()
			.filter(s -> query == null
					|| s.path("name").asString().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
			.filter(s -> teamIds.isEmpty() || hasTeam(s, teamIds))
			.toList();
		return SimResponse.ok(ClassicPage.render(request, "services", services));
	}

	private static SimResponse create(SimRequest request, SimContext context) {
		ObjectNode body = Bodies.wrapped(request, "service");
		String name = Json.text(body, "name");
		if (name == null || name.isBlank()) {
			throw ApiError.invalidInput("Name can't be blank");
		}
		ObjectNode policy = policy(body, context);
		if (policy == null) {
			throw ApiError.invalidInput("Escalation policy must be specified");
		}
		boolean taken = context.state().services.values()
			.stream()
			.anyMatch(s -> s.path("name").asString().equalsIgnoreCase(name));
		if (taken) {
			throw ApiError.invalidInput("Name has already been taken");
		}
		ObjectNode service = new ResourceFactory(context, actor(request, context)).service(name,
				body.path("description").asString(""), policy);
		copyUpdatable(body, service);
		return SimResponse.json(201, Entities.wrap("service", service));
	}

	private static SimResponse update(SimRequest request, SimContext context) {
		ObjectNode service = Entities.find(context.state().services, request.pathParam("id"));
		ObjectNode body = Bodies.wrapped(request, "service");
		ObjectNode policy = policy(body, context);
		if (policy != null) {
			service.set("escalation_policy", Refs.reference(policy));
		}
		copyUpdatable(body, service);
		service.put("summary", service.path("name").asString());
		AuditLog.record(context, "update", service, actor(request, context));
		return SimResponse.ok(Entities.wrap("service", service));
	}

	private static SimResponse delete(SimRequest request, SimContext context) {
		ObjectNode service = Entities.find(context.state().services, request.pathParam("id"));
		String id = service.path("id").asString();
		context.state().services.remove(id);
		context.state().integrations.values().removeIf(i -> i.path("service").path("id").asString().equals(id));
		context.state().integrationByRoutingKey.values().removeIf(i -> !context.state().integrations.containsKey(i));
		for (ObjectNode policy : context.state().escalationPolicies.values()) {
			((ArrayNode) policy.get("services")).removeIf(ref -> ref.path("id").asString().equals(id));
		}
		AuditLog.record(context, "delete", service, actor(request, context));
		return SimResponse.empty(204);
	}

	private static SimResponse createIntegration(SimRequest request, SimContext context) {
		ObjectNode service = Entities.find(context.state().services, request.pathParam("id"));
		ObjectNode body = Bodies.wrapped(request, "integration");
		String type = body.path("type").asString("events_api_v2_inbound_integration");
		String routingKey = UUID.randomUUID().toString().replace("-", "");
		ResourceFactory factory = new ResourceFactory(context, null);
		ObjectNode integration = type.equals("events_api_v2_inbound_integration")
				? factory.eventsIntegration(service, routingKey)
				: factory.integration(service, type, body.path("name").asString(type.replace('_', ' ')), null);
		return SimResponse.json(201, Entities.wrap("integration", integration));
	}

	private static SimResponse integration(SimRequest request, SimContext context) {
		Entities.find(context.state().services, request.pathParam("id"));
		ObjectNode integration = Entities.find(context.state().integrations, request.pathParam("integration_id"));
		if (!integration.path("service").path("id").asString().equals(request.pathParam("id"))) {
			throw ApiError.notFound();
		}
		return SimResponse.ok(Entities.wrap("integration", integration));
	}

	private static @Nullable ObjectNode policy(ObjectNode body, SimContext context) {
		JsonNode ref = body.get("escalation_policy");
		if (ref == null || ref.isNull()) {
			return null;
		}
		ObjectNode policy = context.state().escalationPolicies.get(ref.path("id").asString());
		if (policy == null) {
			throw ApiError.invalidInput("Escalation policy not found");
		}
		return policy;
	}

	private static void copyUpdatable(ObjectNode from, ObjectNode service) {
		for (String field : UPDATABLE) {
			JsonNode value = from.get(field);
			if (value != null) {
				service.set(field, value.deepCopy());
			}
		}
		service.put("summary", service.path("name").asString());
	}

	private static boolean hasTeam(JsonNode service, List<String> teamIds) {
		for (JsonNode team : service.path("teams")) {
			if (teamIds.contains(team.path("id").asString())) {
				return true;
			}
		}
		return false;
	}

	static @Nullable ObjectNode actor(SimRequest request, SimContext context) {
		String from = request.header("From");
		if (from != null) {
			return context.state().userByEmail(from).orElse(null);
		}
		return context.state().currentUser().orElse(null);
	}

}
