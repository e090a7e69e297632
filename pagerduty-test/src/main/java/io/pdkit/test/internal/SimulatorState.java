package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the simulated account holds. Not synchronised itself: the server runs every
 * handler while holding this object's monitor, and so must any other caller.
 */
public final class SimulatorState {

	final Map<String, ObjectNode> users = new LinkedHashMap<>();

	final Map<String, List<ObjectNode>> contactMethods = new HashMap<>();

	final Map<String, ObjectNode> teams = new LinkedHashMap<>();

	final Map<String, ObjectNode> escalationPolicies = new LinkedHashMap<>();

	final Map<String, ObjectNode> services = new LinkedHashMap<>();

	final Map<String, ObjectNode> integrations = new LinkedHashMap<>();

	final Map<String, String> integrationByRoutingKey = new HashMap<>();

	final Map<String, ObjectNode> schedules = new LinkedHashMap<>();

	final Map<String, ObjectNode> incidents = new LinkedHashMap<>();

	final Map<String, List<ObjectNode>> notes = new HashMap<>();

	final Map<String, String> openIncidentByDedupKey = new HashMap<>();

	final List<ObjectNode> logEntries = new ArrayList<>();

	final List<ObjectNode> changeEvents = new ArrayList<>();

	final List<ObjectNode> auditRecords = new ArrayList<>();

	final Set<String> abilities = new LinkedHashSet<>();

	final Map<String, List<ObjectNode>> alerts = new HashMap<>();

	final Map<String, List<ObjectNode>> notificationRules = new HashMap<>();

	final Map<String, Map<String, String>> teamRoles = new HashMap<>();

	final Map<String, List<ObjectNode>> overrides = new HashMap<>();

	final Map<String, ObjectNode> priorities = new LinkedHashMap<>();

	final Map<String, ObjectNode> maintenanceWindows = new LinkedHashMap<>();

	final Map<String, ObjectNode> tags = new LinkedHashMap<>();

	final Map<String, Set<String>> taggings = new HashMap<>();

	final Map<String, java.time.Instant> snoozedUntil = new HashMap<>();

	private final Ids ids = new Ids();

	private @Nullable String currentUserId;

	private int incidentNumber;

	/** Forgets everything, restarting id and incident-number sequences. */
	public void clear() {
		users.clear();
		contactMethods.clear();
		teams.clear();
		escalationPolicies.clear();
		services.clear();
		integrations.clear();
		integrationByRoutingKey.clear();
		schedules.clear();
		incidents.clear();
		notes.clear();
		openIncidentByDedupKey.clear();
		logEntries.clear();
		changeEvents.clear();
		auditRecords.clear();
		abilities.clear();
		alerts.clear();
		notificationRules.clear();
		teamRoles.clear();
		overrides.clear();
		priorities.clear();
		maintenanceWindows.clear();
		tags.clear();
		taggings.clear();
		snoozedUntil.clear();
		ids.reset();
		currentUserId = null;
		incidentNumber = 0;
	}

	/** A new PagerDuty-style id, deterministic after each {@link #clear()}. */
	public String newId() {
		return ids.next();
	}

	/** The next incident number (1, 2, …). */
	public int nextIncidentNumber() {
		return ++incidentNumber;
	}

	/**
	 * Sets the user that {@code /users/me} and audit records attribute API-key requests
	 * to.
	 */
	public void currentUserId(@Nullable String userId) {
		this.currentUserId = userId;
	}

	/** The user behind the API key, if the account has one. */
	public Optional<ObjectNode> currentUser() {
		return currentUserId == null ? Optional.empty() : Optional.ofNullable(users.get(currentUserId));
	}

	/** The user with this email address (case-insensitive), if any. */
	public Optional<ObjectNode> userByEmail(String email) {
		return users.values()
			.stream()
			.filter(user -> user.path("email").asString().equalsIgnoreCase(email.trim()))
			.findFirst();
	}

	/** The service whose Events API v2 integration has this routing key, if any. */
	public Optional<ObjectNode> serviceByRoutingKey(String routingKey) {
		String integrationId = integrationByRoutingKey.get(routingKey);
		if (integrationId == null) {
			return Optional.empty();
		}
		ObjectNode integration = integrations.get(integrationId);
		if (integration == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(services.get(integration.path("service").path("id").asString()));
	}

	/** The integration that owns a routing key, if any. */
	public Optional<ObjectNode> integrationByRoutingKey(String routingKey) {
		return Optional.ofNullable(integrationByRoutingKey.get(routingKey)).map(integrations::get);
	}

	/** Every routing key of the account, in creation order. */
	public List<String> routingKeys() {
		List<String> keys = new ArrayList<>();
		integrations.values().forEach(i -> keys.add(i.path("integration_key").asString()));
		return keys;
	}

}
