package io.pdkit.webhooks;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The 30 event types of PagerDuty webhooks v3, with their wire names. Types PagerDuty
 * adds later (and Early Access types it renames) parse as {@link #UNKNOWN}; the wire name
 * is kept in {@link WebhookEvent#eventTypeName()}.
 *
 * <pre>{@code
 * if (event.eventType() == WebhookEventType.INCIDENT_TRIGGERED) {
 *     page(event.data().path("title").asString());
 * }
 * }</pre>
 */
public enum WebhookEventType {

	/**
	 * {@code incident.acknowledged}.
	 */
	INCIDENT_ACKNOWLEDGED("incident.acknowledged"),

	/**
	 * {@code incident.action_invocation.created}.
	 */
	INCIDENT_ACTION_INVOCATION_CREATED("incident.action_invocation.created"),

	/**
	 * {@code incident.action_invocation.terminated}.
	 */
	INCIDENT_ACTION_INVOCATION_TERMINATED("incident.action_invocation.terminated"),

	/**
	 * {@code incident.action_invocation.updated}.
	 */
	INCIDENT_ACTION_INVOCATION_UPDATED("incident.action_invocation.updated"),

	/**
	 * {@code incident.annotated}.
	 */
	INCIDENT_ANNOTATED("incident.annotated"),

	/**
	 * {@code incident.conference_bridge.updated}.
	 */
	INCIDENT_CONFERENCE_BRIDGE_UPDATED("incident.conference_bridge.updated"),

	/**
	 * {@code incident.custom_field_values.updated}.
	 */
	INCIDENT_CUSTOM_FIELD_VALUES_UPDATED("incident.custom_field_values.updated"),

	/**
	 * {@code incident.delegated}.
	 */
	INCIDENT_DELEGATED("incident.delegated"),

	/**
	 * {@code incident.escalated}.
	 */
	INCIDENT_ESCALATED("incident.escalated"),

	/**
	 * {@code incident.incident_type.changed}.
	 */
	INCIDENT_INCIDENT_TYPE_CHANGED("incident.incident_type.changed"),

	/**
	 * {@code incident.priority_updated}.
	 */
	INCIDENT_PRIORITY_UPDATED("incident.priority_updated"),

	/**
	 * {@code incident.reassigned}.
	 */
	INCIDENT_REASSIGNED("incident.reassigned"),

	/**
	 * {@code incident.reopened}.
	 */
	INCIDENT_REOPENED("incident.reopened"),

	/**
	 * {@code incident.resolved}.
	 */
	INCIDENT_RESOLVED("incident.resolved"),

	/**
	 * {@code incident.responder.added}.
	 */
	INCIDENT_RESPONDER_ADDED("incident.responder.added"),

	/**
	 * {@code incident.responder.replied}.
	 */
	INCIDENT_RESPONDER_REPLIED("incident.responder.replied"),

	/**
	 * {@code incident.role.assigned}.
	 */
	INCIDENT_ROLE_ASSIGNED("incident.role.assigned"),

	/**
	 * {@code incident.service_updated}.
	 */
	INCIDENT_SERVICE_UPDATED("incident.service_updated"),

	/**
	 * {@code incident.status_update_published}.
	 */
	INCIDENT_STATUS_UPDATE_PUBLISHED("incident.status_update_published"),

	/**
	 * {@code incident.task.completed}.
	 */
	INCIDENT_TASK_COMPLETED("incident.task.completed"),

	/**
	 * {@code incident.task.created}.
	 */
	INCIDENT_TASK_CREATED("incident.task.created"),

	/**
	 * {@code incident.task.updated}.
	 */
	INCIDENT_TASK_UPDATED("incident.task.updated"),

	/**
	 * {@code incident.triggered}.
	 */
	INCIDENT_TRIGGERED("incident.triggered"),

	/**
	 * {@code incident.unacknowledged}.
	 */
	INCIDENT_UNACKNOWLEDGED("incident.unacknowledged"),

	/**
	 * {@code incident.workflow.completed}.
	 */
	INCIDENT_WORKFLOW_COMPLETED("incident.workflow.completed"),

	/**
	 * {@code incident.workflow.started}.
	 */
	INCIDENT_WORKFLOW_STARTED("incident.workflow.started"),

	/**
	 * {@code service.created}.
	 */
	SERVICE_CREATED("service.created"),

	/**
	 * {@code service.custom_field_values.updated}.
	 */
	SERVICE_CUSTOM_FIELD_VALUES_UPDATED("service.custom_field_values.updated"),

	/**
	 * {@code service.deleted}.
	 */
	SERVICE_DELETED("service.deleted"),

	/**
	 * {@code service.updated}.
	 */
	SERVICE_UPDATED("service.updated"),

	/**
	 * A type this version of pdkit does not know; its wire name is {@code ""}.
	 */
	UNKNOWN("");

	private static final Map<String, WebhookEventType> BY_WIRE_NAME = Arrays.stream(values())
		.filter(type -> type != UNKNOWN)
		.collect(Collectors.toUnmodifiableMap(WebhookEventType::wireName, Function.identity()));

	private final String wireName;

	WebhookEventType(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Returns the name PagerDuty uses in {@code event.event_type}.
	 * @return e.g. {@code incident.triggered}; {@code ""} for {@link #UNKNOWN}
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Looks up a type by its wire name (exact match).
	 * @param wireName e.g. {@code incident.triggered}, may be {@code null}
	 * @return the type, or {@link #UNKNOWN} for a name this enum does not list
	 */
	public static WebhookEventType fromWireName(@Nullable String wireName) {
		return wireName == null ? UNKNOWN : BY_WIRE_NAME.getOrDefault(wireName, UNKNOWN);
	}

}
