package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates configuration resources (users, teams, policies, services, schedules) and links
 * them together.
 */
public final class ResourceFactory {

	private final SimContext context;

	private final @Nullable ObjectNode actor;

	/**
	 * A factory writing into the context's state.
	 * @param actor the user that audit records name, or null for the account itself
	 */
	public ResourceFactory(SimContext context, @Nullable ObjectNode actor) {
		this.context = context;
		this.actor = actor;
	}

	private ObjectNode start(String id, String type, String collection, String summary) {
		return Refs.resource(id, type, summary, context.links().self(collection, id),
				context.links().html(collection, id));
	}

	/** Adds a user with an email contact method. */
	public ObjectNode user(String name, String email, String role, String jobTitle) {
		String id = context.state().newId();
		ObjectNode user = start(id, "user", "users", name);
		user.put("name", name);
		user.put("email", email);
		user.put("time_zone", "Etc/UTC");
		user.put("color", "purple");
		user.put("role", role);
		user.put("avatar_url", "https://secure.gravatar.com/avatar/" + id.toLowerCase(Locale.ROOT));
		user.putNull("description");
		user.put("invitation_sent", false);
		user.put("job_title", jobTitle);
		user.putArray("teams");
		user.putArray("notification_rules");
		String methodId = context.state().newId();
		ObjectNode method = Refs.resource(methodId, "email_contact_method", "Default",
				context.links().self("users/" + id + "/contact_methods", methodId), null);
		method.put("label", "Default");
		method.put("address", email);
		user.putArray("contact_methods").add(Refs.reference(method));
		context.state().users.put(id, user);
		context.state().contactMethods.put(id, new ArrayList<>(List.of(method)));
		AuditLog.record(context, "create", user, actor);
		return user;
	}

	/** Adds a team and makes the given users its members. */
	public ObjectNode team(String name, String description, List<ObjectNode> members) {
		String id = context.state().newId();
		ObjectNode team = start(id, "team", "teams", name);
		team.put("name", name);
		team.put("description", description);
		team.put("default_role", "manager");
		members.forEach(member -> ((ArrayNode) member.get("teams")).add(Refs.reference(team)));
		context.state().teams.put(id, team);
		AuditLog.record(context, "create", team, actor);
		return team;
	}

	/**
	 * Adds an escalation policy that notifies the given users, in order, 30 minutes
	 * apart.
	 */
	public ObjectNode escalationPolicy(String name, List<ObjectNode> targets, List<ObjectNode> teams) {
		String id = context.state().newId();
		ObjectNode policy = start(id, "escalation_policy", "escalation_policies", name);
		policy.put("name", name);
		policy.put("num_loops", 0);
		policy.put("on_call_handoff_notifications", "if_has_services");
		ArrayNode rules = policy.putArray("escalation_rules");
		for (ObjectNode target : targets) {
			ObjectNode rule = rules.addObject();
			rule.put("id", context.state().newId());
			rule.put("escalation_delay_in_minutes", 30);
			rule.putArray("targets").add(Refs.reference(target));
		}
		policy.putArray("services");
		ArrayNode teamRefs = policy.putArray("teams");
		teams.forEach(team -> teamRefs.add(Refs.reference(team)));
		context.state().escalationPolicies.put(id, policy);
		AuditLog.record(context, "create", policy, actor);
		return policy;
	}

	/** Adds a service on an escalation policy, inheriting the policy's teams. */
	public ObjectNode service(String name, String description, ObjectNode policy) {
		String id = context.state().newId();
		ObjectNode service = start(id, "service", "services", name);
		service.put("name", name);
		service.put("description", description);
		service.put("auto_resolve_timeout", 14400);
		service.put("acknowledgement_timeout", 1800);
		service.put("created_at", Times.format(context.now()));
		service.put("status", "active");
		service.set("escalation_policy", Refs.reference(policy));
		service.set("teams", policy.get("teams").deepCopy());
		service.putArray("integrations");
		ObjectNode urgency = service.putObject("incident_urgency_rule");
		urgency.put("type", "constant");
		urgency.put("urgency", "high");
		service.putArray("scheduled_actions");
		service.putArray("addons");
		service.put("alert_creation", "create_alerts_and_incidents");
		((ArrayNode) policy.get("services")).add(Refs.reference(service));
		context.state().services.put(id, service);
		AuditLog.record(context, "create", service, actor);
		return service;
	}

	/** Adds an Events API v2 integration with the given routing key to a service. */
	public ObjectNode eventsIntegration(ObjectNode service, String routingKey) {
		return integration(service, "events_api_v2_inbound_integration", "Events API v2", routingKey);
	}

	/**
	 * Adds an integration of any of PagerDuty's types to a service; only one with a
	 * routing key receives events.
	 */
	public ObjectNode integration(ObjectNode service, String type, String name, @Nullable String routingKey) {
		String id = context.state().newId();
		String serviceId = service.path("id").asString();
		ObjectNode integration = Refs.resource(id, type, name,
				context.links().self("services/" + serviceId + "/integrations", id),
				context.links().html("services/" + serviceId + "/integrations", id));
		integration.put("name", name);
		integration.set("service", Refs.reference(service));
		integration.put("created_at", Times.format(context.now()));
		if (routingKey != null) {
			integration.put("integration_key", routingKey);
			context.state().integrationByRoutingKey.put(routingKey, id);
		}
		((ArrayNode) service.get("integrations")).add(Refs.reference(integration));
		context.state().integrations.put(id, integration);
		return integration;
	}

	/**
	 * Adds a weekly-rotation schedule of the given users, used by an escalation policy.
	 */
	public ObjectNode schedule(String name, List<ObjectNode> users, ObjectNode policy) {
		String id = context.state().newId();
		ObjectNode schedule = start(id, "schedule", "schedules", name);
		schedule.put("name", name);
		schedule.put("time_zone", "Etc/UTC");
		ObjectNode layer = schedule.putArray("schedule_layers").addObject();
		layer.put("id", context.state().newId());
		layer.put("name", "Layer 1");
		layer.put("start", "2026-01-05T09:00:00Z");
		layer.put("rotation_virtual_start", "2026-01-05T09:00:00Z");
		layer.put("rotation_turn_length_seconds", 604800);
		ArrayNode layerUsers = layer.putArray("users");
		ArrayNode userRefs = schedule.putArray("users");
		for (ObjectNode user : users) {
			layerUsers.addObject().set("user", Refs.reference(user));
			userRefs.add(Refs.reference(user));
		}
		schedule.putArray("escalation_policies").add(Refs.reference(policy));
		schedule.set("teams", policy.get("teams").deepCopy());
		context.state().schedules.put(id, schedule);
		AuditLog.record(context, "create", schedule, actor);
		return schedule;
	}

}
