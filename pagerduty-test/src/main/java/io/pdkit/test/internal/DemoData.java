package io.pdkit.test.internal;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Fills the state with a small, believable account, or with nothing but the API key's
 * owner.
 */
public final class DemoData {

	/** The routing key of the demo's "Checkout API" service. */
	public static final String CHECKOUT_ROUTING_KEY = "5d2c1f0e9b8a47d6a3c4e1f2b7d8c9a0";

	/** The routing key of the demo's "Web Frontend" service. */
	public static final String FRONTEND_ROUTING_KEY = "0f9e8d7c6b5a49382716a5b4c3d2e1f0";

	/**
	 * The email address of the API key's owner, which {@code /users/me} returns in both
	 * seeds.
	 */
	public static final String OWNER_EMAIL = "ada@pdkit.example";

	private DemoData() {
	}

	/** Only the owner of the API key; no teams, services or incidents. */
	public static void seedEmpty(SimContext context) {
		ResourceFactory factory = new ResourceFactory(context, null);
		ObjectNode owner = factory.user("Ada Lovelace", OWNER_EMAIL, "owner", "Account owner");
		context.state().currentUserId(owner.path("id").asString());
		context.state().abilities.addAll(List.of("teams", "urgencies", "read_only_users"));
	}

	/**
	 * Four users, two teams, two escalation policies and schedules, three services and
	 * three incidents.
	 */
	public static void seedDemo(SimContext context) {
		seedEmpty(context);
		ObjectNode ada = context.state().currentUser().orElseThrow();
		ResourceFactory factory = new ResourceFactory(context, ada);
		ObjectNode grace = factory.user("Grace Hopper", "grace@pdkit.example", "admin", "SRE lead");
		ObjectNode alan = factory.user("Alan Turing", "alan@pdkit.example", "user", "Payments engineer");
		ObjectNode katherine = factory.user("Katherine Johnson", "katherine@pdkit.example", "limited_user",
				"Platform engineer");
		ObjectNode platform = factory.team("Platform", "Runs the shared infrastructure", List.of(grace, katherine));
		ObjectNode payments = factory.team("Payments", "Owns checkout and billing", List.of(ada, alan));
		ObjectNode platformPolicy = factory.escalationPolicy("Platform On-Call", List.of(grace, katherine),
				List.of(platform));
		ObjectNode paymentsPolicy = factory.escalationPolicy("Payments On-Call", List.of(alan, ada), List.of(payments));
		factory.schedule("Platform Primary", List.of(grace, katherine), platformPolicy);
		factory.schedule("Payments Primary", List.of(alan, ada), paymentsPolicy);
		ObjectNode checkout = factory.service("Checkout API", "Takes orders and payments", paymentsPolicy);
		ObjectNode frontend = factory.service("Web Frontend", "The public web site", platformPolicy);
		ObjectNode database = factory.service("Primary Database", "PostgreSQL cluster", platformPolicy);
		factory.eventsIntegration(checkout, CHECKOUT_ROUTING_KEY);
		factory.eventsIntegration(frontend, FRONTEND_ROUTING_KEY);
		factory.eventsIntegration(database, "7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2");
		context.state().abilities.addAll(List.of("sso", "service_support_hours", "advanced_reports"));
		IncidentLifecycle lifecycle = new IncidentLifecycle(context);
		ObjectNode checkoutIntegration = context.state().integrationByRoutingKey(CHECKOUT_ROUTING_KEY).orElseThrow();
		lifecycle.trigger(checkout, "Checkout error rate above 5%", "high", "checkout/error-rate", null,
				checkoutIntegration, "events_api_v2");
		ObjectNode slow = lifecycle.trigger(frontend, "Home page p99 latency above 2s", "low", "frontend/latency", null,
				grace, "api");
		lifecycle.acknowledge(slow, grace, "api");
		ObjectNode disk = lifecycle.trigger(database, "Disk 91% full on db-1", "high", "db-1/disk", null, katherine,
				"api");
		lifecycle.resolve(disk, katherine, "api");
	}

}
