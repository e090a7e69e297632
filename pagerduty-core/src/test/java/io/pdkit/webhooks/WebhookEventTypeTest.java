package io.pdkit.webhooks;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEventTypeTest {

	@Test
	void valuesShouldListThe30DocumentedTypesPlusUnknown() {
		assertThat(WebhookEventType.values()).hasSize(31);
		assertThat(Arrays.stream(WebhookEventType.values()).map(WebhookEventType::wireName)).contains(
				"incident.acknowledged", "incident.annotated", "incident.conference_bridge.updated",
				"incident.custom_field_values.updated", "incident.delegated", "incident.escalated",
				"incident.incident_type.changed", "incident.priority_updated", "incident.reassigned",
				"incident.reopened", "incident.resolved", "incident.responder.added", "incident.responder.replied",
				"incident.role.assigned", "incident.service_updated", "incident.status_update_published",
				"incident.task.completed", "incident.task.created", "incident.task.updated", "incident.triggered",
				"incident.unacknowledged", "incident.action_invocation.created",
				"incident.action_invocation.terminated", "incident.action_invocation.updated",
				"incident.workflow.started", "incident.workflow.completed", "service.created",
				"service.custom_field_values.updated", "service.deleted", "service.updated");
	}

	@Test
	void fromWireNameShouldRoundTripEveryKnownType() {
		for (WebhookEventType type : WebhookEventType.values()) {
			if (type != WebhookEventType.UNKNOWN) {
				assertThat(WebhookEventType.fromWireName(type.wireName())).isEqualTo(type);
				assertThat(type.name()).isEqualTo(type.wireName().replace('.', '_').toUpperCase(Locale.ROOT));
			}
		}
	}

	@Test
	void fromWireNameWhenUnknownOrNullOrDifferentCaseShouldBeUnknown() {
		assertThat(WebhookEventType.fromWireName("incident.teleported")).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(WebhookEventType.fromWireName(null)).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(WebhookEventType.fromWireName("")).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(WebhookEventType.fromWireName("INCIDENT.TRIGGERED")).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(WebhookEventType.UNKNOWN.wireName()).isEmpty();
	}

}
