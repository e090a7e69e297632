package io.pdkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookEventParserTest {

	private static final String TRIGGERED = """
			{"event":{"id":"01DEN1HUL9QFW0XWJDJ4WLKNWE","event_type":"incident.triggered","resource_type":"incident",
			  "occurred_at":"2020-10-02T18:45:22.169Z",
			  "agent":{"html_url":"https://acme.pagerduty.com/users/PLH1HKV","id":"PLH1HKV","type":"user_reference"},
			  "client":{"name":"PagerDuty"},
			  "data":{"id":"PGR0VU2","type":"incident","title":"A little bump in the road","status":"triggered"}}}
			""";

	private final WebhookEventParser parser = new WebhookEventParser();

	@Test
	void parseWhenTriggeredIncidentShouldReadEveryField() {
		WebhookEvent event = this.parser.parse(TRIGGERED.getBytes(StandardCharsets.UTF_8));

		assertThat(event.id()).isEqualTo("01DEN1HUL9QFW0XWJDJ4WLKNWE");
		assertThat(event.eventType()).isEqualTo(WebhookEventType.INCIDENT_TRIGGERED);
		assertThat(event.eventTypeName()).isEqualTo("incident.triggered");
		assertThat(event.resourceType()).isEqualTo("incident");
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2020-10-02T18:45:22.169Z"));
		assertThat(event.agent().path("id").asString()).isEqualTo("PLH1HKV");
		assertThat(event.client().path("name").asString()).isEqualTo("PagerDuty");
		assertThat(event.data().path("title").asString()).isEqualTo("A little bump in the road");
		assertThat(event.raw().path("event").path("data").path("status").asString()).isEqualTo("triggered");
	}

	@Test
	void parseWhenUnknownEventTypeShouldKeepTheWireName() {
		WebhookEvent event = this.parser.parse("{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.teleported\"}}");

		assertThat(event.eventType()).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(event.eventTypeName()).isEqualTo("incident.teleported");
	}

	@Test
	void parseWhenOptionalFieldsAbsentOrNullShouldGiveNullsAndNullNodes() {
		WebhookEvent event = this.parser
			.parse("{\"event\":{\"id\":\"E1\",\"event_type\":\"service.deleted\",\"agent\":null,\"client\":null}}");

		assertThat(event.resourceType()).isNull();
		assertThat(event.occurredAt()).isNull();
		assertThat(event.agent().isNull()).isTrue();
		assertThat(event.client().isNull()).isTrue();
		assertThat(event.data().isNull()).isTrue();
		assertThat(event.data().path("id").isMissingNode()).isTrue();
	}

	@Test
	void parseWhenOffsetTimestampShouldConvertToInstant() {
		WebhookEvent event = this.parser.parse(
				"{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.resolved\",\"occurred_at\":\"2024-01-01T10:00:00+02:00\"}}");

		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2024-01-01T08:00:00Z"));
	}

	@Test
	void parseWhenInvalidJsonShouldRaiseClearException() {
		assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> this.parser.parse("{\"event\":"))
			.withMessageStartingWith("Webhook body is not valid JSON: ");
	}

	@Test
	void parseWhenEmptyBodyShouldRaise() {
		assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> this.parser.parse(new byte[0]))
			.withMessage("Webhook body must be a JSON object with an \"event\" object");
	}

	@Test
	void parseWhenNotAnObjectShouldRaise() {
		assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> this.parser.parse("[1,2]"))
			.withMessage("Webhook body must be a JSON object with an \"event\" object");
	}

	@Test
	void parseWhenEventMissingShouldRaise() {
		assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> this.parser.parse("{\"messages\":[]}"))
			.withMessage("Webhook body has no \"event\" object");
		assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> this.parser.parse("{\"event\":\"x\"}"))
			.withMessage("Webhook body has no \"event\" object");
	}

	@Test
	void parseWhenIdOrTypeMissingShouldRaiseNamingTheField() {
		assertThatExceptionOfType(WebhookParseException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":{\"event_type\":\"incident.triggered\"}}"))
			.withMessage("Webhook event has no \"id\" string");
		assertThatExceptionOfType(WebhookParseException.class)
			.isThrownBy(() -> this.parser.parse("{\"event\":{\"id\":\"E1\",\"event_type\":7}}"))
			.withMessage("Webhook event has no \"event_type\" string");
	}

	@Test
	void parseWhenTimestampInvalidShouldRaiseNamingTheField() {
		assertThatExceptionOfType(WebhookParseException.class)
			.isThrownBy(() -> this.parser.parse(
					"{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.triggered\",\"occurred_at\":\"yesterday\"}}"))
			.withMessage("Webhook event's \"occurred_at\" is not an ISO-8601 time: yesterday");
	}

	@Test
	void parseWithGivenMapperShouldUseIt() {
		WebhookEvent event = new WebhookEventParser(JsonMapper.builder().build()).parse(TRIGGERED);

		assertThat(event.eventType()).isEqualTo(WebhookEventType.INCIDENT_TRIGGERED);
	}

	@Test
	void toStringShouldOmitThePayload() {
		WebhookEvent event = this.parser.parse(TRIGGERED);

		assertThat(event).hasToString("WebhookEvent{id=01DEN1HUL9QFW0XWJDJ4WLKNWE, eventType=incident.triggered, "
				+ "resourceType=incident, occurredAt=2020-10-02T18:45:22.169Z}");
	}

}
