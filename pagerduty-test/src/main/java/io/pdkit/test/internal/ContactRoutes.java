package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's contact methods ({@code POST}, {@code PUT}, {@code DELETE}) and notification
 * rules (list, get, create, update, delete); a rule must name one of the user's contact
 * methods, and a method in use by a rule cannot be deleted.
 */
final class ContactRoutes {

	private static final Set<String> TYPES = Set.of("email_contact_method", "phone_contact_method",
			"push_notification_contact_method", "sms_contact_method");

	private ContactRoutes() {
	}

	static void register(Router router) {
		router.rest("POST", "/users/{id}/contact_methods", ContactRoutes::createMethod)
			.rest("PUT", "/users/{id}/contact_methods/{contact_method_id}", ContactRoutes::updateMethod)
			.rest("DELETE", "/users/{id}/contact_methods/{contact_method_id}", ContactRoutes::deleteMethod)
			.rest("GET", "/users/{id}/notification_rules", ContactRoutes::rules)
			.rest("POST", "/users/{id}/notification_rules", ContactRoutes::createRule)
			.rest("GET", "/users/{id}/notification_rules/{notification_rule_id}", ContactRoutes::rule)
			.rest("PUT", "/users/{id}/notification_rules/{notification_rule_id}", ContactRoutes::updateRule)
			.rest("DELETE", "/users/{id}/notification_rules/{notification_rule_id}", ContactRoutes::deleteRule);
	}

	private static ObjectNode user(SimRequest request, SimContext context) {
		return Entities.find(context.state().users, request.pathParam("id"));
	}

	private static ObjectNode find(List<ObjectNode> items, String id) {
		return items.stream()
			.filter(item -> item.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow(ApiError::notFound);
	}

	private static List<ObjectNode> methods(SimContext context, String userId) {
		return context.state().contactMethods.computeIfAbsent(userId, k -> new ArrayList<>());
	}

	private static List<ObjectNode> rules(SimContext context, String userId) {
		return context.state().notificationRules.computeIfAbsent(userId, k -> new ArrayList<>());
	}

	private static SimResponse createMethod(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String userId = user.path("id").asString();
		ObjectNode body = Bodies.wrapped(request, "contact_method");
		String type = Json.text(body, "type");
		if (type == null || !TYPES.contains(type)) {
			throw ApiError.invalidInput("Type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
		}
		String address = requireText(body, "address");
		String label = requireText(body, "label");
		boolean duplicate = methods(context, userId).stream()
			.anyMatch(m -> m.path("type").asString().equals(type)
					&& m.path("address").asString().equalsIgnoreCase(address));
		if (duplicate) {
			throw ApiError.invalidInput("User Contact method must be unique");
		}
		String id = context.state().newId();
		ObjectNode method = Refs.resource(id, type, label,
				context.links().self("users/" + userId + "/contact_methods", id),
				context.links().html("users/" + userId + "/contact_methods", id));
		method.put("label", label);
		method.put("address", address);
		if (type.equals("push_notification_contact_method")) {
			String device = body.path("device_type").asString("android");
			method.put("device_type", device.equals("ios") ? "ios" : "android");
		}
		else if (!type.equals("email_contact_method")) {
			method.put("country_code", body.path("country_code").asInt(1));
		}
		methods(context, userId).add(method);
		((ArrayNode) user.withArray("contact_methods")).add(Refs.reference(method));
		return SimResponse.json(201, Entities.wrap("contact_method", method));
	}

	private static SimResponse updateMethod(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		ObjectNode method = find(methods(context, user.path("id").asString()), request.pathParam("contact_method_id"));
		ObjectNode body = Bodies.wrapped(request, "contact_method");
		for (String field : List.of("label", "address")) {
			String value = Json.text(body, field);
			if (value != null) {
				if (value.isBlank()) {
					throw ApiError.invalidInput(field + " can't be blank");
				}
				method.put(field, value);
			}
		}
		method.put("summary", method.path("label").asString());
		refreshReference(user.withArray("contact_methods"), method);
		return SimResponse.ok(Entities.wrap("contact_method", method));
	}

	private static SimResponse deleteMethod(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String userId = user.path("id").asString();
		ObjectNode method = find(methods(context, userId), request.pathParam("contact_method_id"));
		String id = method.path("id").asString();
		boolean inUse = rules(context, userId).stream()
			.anyMatch(rule -> id.equals(rule.path("contact_method").path("id").asString()));
		if (inUse) {
			throw ApiError.invalidInput("The contact method is used by a notification rule");
		}
		methods(context, userId).remove(method);
		user.withArray("contact_methods").removeIf(ref -> id.equals(ref.path("id").asString()));
		return SimResponse.empty(204);
	}

	private static SimResponse rules(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String urgency = request.queryParam("urgency");
		ObjectNode body = Json.object();
		ArrayNode list = body.putArray("notification_rules");
		rules(context, user.path("id").asString()).stream()
			.filter(rule -> urgency == null || urgency.equals("any") || urgency.equals(rule.path("urgency").asString()))
			.forEach(rule -> list.add(rule.deepCopy()));
		return SimResponse.ok(body);
	}

	private static SimResponse rule(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		return SimResponse.ok(Entities.wrap("notification_rule",
				find(rules(context, user.path("id").asString()), request.pathParam("notification_rule_id"))));
	}

	private static SimResponse createRule(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String userId = user.path("id").asString();
		ObjectNode body = Bodies.wrapped(request, "notification_rule");
		String id = context.state().newId();
		ObjectNode rule = Refs.resource(id, "assignment_notification_rule", "",
				context.links().self("users/" + userId + "/notification_rules", id),
				context.links().html("users/" + userId + "/notification_rules", id));
		applyRule(body, rule, userId, context, true);
		rules(context, userId).add(rule);
		user.withArray("notification_rules").add(Refs.reference(rule));
		return SimResponse.json(201, Entities.wrap("notification_rule", rule));
	}

	private static SimResponse updateRule(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String userId = user.path("id").asString();
		ObjectNode rule = find(rules(context, userId), request.pathParam("notification_rule_id"));
		applyRule(Bodies.wrapped(request, "notification_rule"), rule, userId, context, false);
		refreshReference(user.withArray("notification_rules"), rule);
		return SimResponse.ok(Entities.wrap("notification_rule", rule));
	}

	private static SimResponse deleteRule(SimRequest request, SimContext context) {
		ObjectNode user = user(request, context);
		String userId = user.path("id").asString();
		ObjectNode rule = find(rules(context, userId), request.pathParam("notification_rule_id"));
		rules(context, userId).remove(rule);
		String id = rule.path("id").asString();
		user.withArray("notification_rules").removeIf(ref -> id.equals(ref.path("id").asString()));
		return SimResponse.empty(204);
	}

	private static void applyRule(ObjectNode body, ObjectNode rule, String userId, SimContext context,
			boolean creating) {
		JsonNode delay = body.get("start_delay_in_minutes");
		if (delay != null || creating) {
			if (delay == null || !delay.isIntegralNumber() || delay.asInt() < 0) {
				throw ApiError.invalidInput("start_delay_in_minutes must be a non-negative integer");
			}
			rule.put("start_delay_in_minutes", delay.asInt());
		}
		String urgency = Json.text(body, "urgency");
		if (urgency != null || creating) {
			if (!"high".equals(urgency) && !"low".equals(urgency)) {
				throw ApiError.invalidInput("urgency must be high or low");
			}
			rule.put("urgency", urgency);
		}
		JsonNode ref = body.get("contact_method");
		if (ref != null || creating) {
			String methodId = ref == null ? "" : ref.path("id").asString();
			ObjectNode method = methods(context, userId).stream()
				.filter(m -> m.path("id").asString().equals(methodId))
				.findFirst()
				.orElseThrow(
						() -> ApiError.invalidInput("contact_method must be one of the user's contact" + " methods"));
			rule.set("contact_method", Refs.reference(method));
		}
		rule.put("summary",
				"After " + rule.path("start_delay_in_minutes").asInt() + " minutes, " + rule.path("urgency").asString()
						+ " urgency: " + rule.path("contact_method").path("summary").asString());
	}

	private static void refreshReference(ArrayNode references, ObjectNode item) {
		for (int i = 0; i < references.size(); i++) {
			if (references.get(i).path("id").asString().equals(item.path("id").asString())) {
				references.set(i, Refs.reference(item));
			}
		}
	}

	private static String requireText(ObjectNode body, String field) {
		String value = Json.text(body, field);
		if (value == null || value.isBlank()) {
			throw ApiError.invalidInput(field + " can't be blank");
		}
		return value;
	}

}
