package io.pdkit.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EventsApiV2ClientValidationTest {

	private final EventsStub stub = new EventsStub();

	private final EventsApiV2Client client = this.stub.client();

	@AfterEach
	void nothingWasSent() {
		assertThat(this.stub.server.getRequestCount()).isZero();
		this.stub.close();
	}

	@Test
	void triggerWhenSummaryIsNullShouldNameSummary() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger(null, "db01"))
			.withMessage("summary must not be null or blank");
	}

	@Test
	void triggerWhenSummaryIsBlankShouldNameSummary() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger("  ", "db01"))
			.withMessage("summary must not be null or blank");
	}

	@Test
	void triggerWhenSummaryIsLongerThan1024CharactersShouldNameSummaryAndLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger("x".repeat(1025), "db01"))
			.withMessage("summary must be at most 1024 characters, was 1025");
	}

	@Test
	void buildWhenSummaryIsExactly1024CharactersShouldAccept() {
		assertThat(TriggerEvent.builder("x".repeat(1024), "db01").build().summary()).hasSize(1024);
		assertThat(ChangeEvent.builder("😀".repeat(1024)).build().summary()).hasSize(2048);
	}

	@Test
	void triggerWhenSourceIsMissingShouldNameSource() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger("Disk full", null))
			.withMessage("source must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger("Disk full", ""))
			.withMessage("source must not be null or blank");
	}

	@Test
	void buildWhenDedupKeyIsLongerThan255CharactersShouldNameDedupKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TriggerEvent.builder("Disk full", "db01").dedupKey("k".repeat(256)).build())
			.withMessage("dedupKey must be at most 255 characters, was 256");
		assertThat(TriggerEvent.builder("Disk full", "db01").dedupKey("k".repeat(255)).build().dedupKey()).hasSize(255);
	}

	@Test
	void buildWhenDedupKeyIsBlankShouldNameDedupKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TriggerEvent.builder("Disk full", "db01").dedupKey(" ").build())
			.withMessageStartingWith("dedupKey must not be blank");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void acknowledgeWhenDedupKeyIsBlankShouldNameDedupKey(String dedupKey) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.acknowledge(dedupKey))
			.withMessage("dedupKey is required for acknowledge events and must not be blank");
	}

	@Test
	void acknowledgeWhenDedupKeyIsNullShouldNameDedupKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.acknowledge(null))
			.withMessage("dedupKey is required for acknowledge events and must not be blank");
	}

	@Test
	void resolveWhenDedupKeyIsMissingOrTooLongShouldNameDedupKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.resolve(null))
			.withMessage("dedupKey is required for resolve events and must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.resolve("k".repeat(256)))
			.withMessage("dedupKey must be at most 255 characters, was 256");
	}

	@Test
	void severityWhenUnknownValueShouldNameSeverityAndListTheFour() {
		assertThatIllegalArgumentException().isThrownBy(() -> Severity.of("fatal"))
			.withMessage("severity must be one of critical, error, warning, info, was 'fatal'");
		assertThatNullPointerException().isThrownBy(() -> TriggerEvent.builder("s", "x").severity(null))
			.withMessage("severity must not be null");
	}

	@Test
	void sendEventWhenTriggerPayloadHasUnknownSeverityShouldNamePayloadSeverity() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", "s", "source", "x", "severity", "fatal"))))
			.withMessage("payload.severity must be one of critical, error, warning, info, was 'fatal'");
	}

	@Test
	void sendEventWhenTriggerPayloadLacksSeverityShouldNamePayloadSeverity() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", "s", "source", "x"))))
			.withMessage("payload.severity must be one of critical, error, warning, info, was 'null'");
	}

	@Test
	void sendEventWhenTriggerHasNoPayloadShouldNamePayload() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null, Map.of()))
			.withMessage("payload is required for trigger events and must be a JSON object");
	}

	@Test
	void sendEventWhenTriggerPayloadSummaryOrSourceIsWrongShouldNameTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", "x".repeat(1025), "source", "x", "severity", "info"))))
			.withMessage("payload.summary must be at most 1024 characters, was 1025");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", "s", "severity", "info"))))
			.withMessage("payload.source must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", 42, "source", "x", "severity", "info"))))
			.withMessage("payload.summary must be a string, was NUMBER");
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2015-07-17", "2015-07-17T08:42:58", "17/07/2015 08:42" })
	void sendEventWhenTriggerTimestampIsNotIsoWithOffsetShouldNamePayloadTimestamp(String timestamp) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload",
							Map.of("summary", "s", "source", "x", "severity", "info", "timestamp", timestamp))))
			.withMessageStartingWith("payload.timestamp must be an ISO-8601 date-time with an offset")
			.withMessageEndingWith("was \"" + timestamp + "\"");
	}

	@Test
	void sendEventWhenTriggerTimestampIsANumberShouldNamePayloadTimestamp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload",
							Map.of("summary", "s", "source", "x", "severity", "info", "timestamp", 1437122578))))
			.withMessageStartingWith("payload.timestamp must be an ISO-8601 date-time");
	}

	@Test
	void sendEventWhenCustomDetailsIsNotAnObjectShouldNameIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload",
							Map.of("summary", "s", "source", "x", "severity", "info", "custom_details", "text"))))
			.withMessage("payload.custom_details must be a JSON object, was STRING");
	}

	@ParameterizedTest
	@ValueSource(strings = { "event_action", "dedup_key", "routing_key" })
	void sendEventWhenPropertiesContainReservedKeyShouldNameIt(String key) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.RESOLVE, "k", Map.of(key, "x")))
			.withMessageStartingWith("properties must not contain '" + key + "'");
	}

	@Test
	void sendEventWhenPropertiesHaveNullKeyShouldSayProperties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put(null, "x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.RESOLVE, "k", properties))
			.withMessage("properties must not contain a null key");
	}

	@Test
	void triggerWhenEventIsLargerThan512KbShouldNameEventAndSize() {
		TriggerEvent event = TriggerEvent.builder("Huge", "db01").customDetail("blob", "x".repeat(512 * 1024)).build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.trigger(event))
			.withMessageMatching("event must be at most 524288 bytes \\(512 KB\\) when serialized, was \\d+ bytes");
	}

	@Test
	void sendChangeEventWhenEventIsLargerThan512KbShouldNameEvent() {
		ChangeEvent event = ChangeEvent.builder("Huge").customDetail("blob", "x".repeat(512 * 1024)).build();
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.sendChangeEvent(event))
			.withMessageStartingWith("event must be at most 524288 bytes");
	}

	@Test
	void buildWhenCustomDetailsHaveNullKeyShouldNameCustomDetails() {
		Map<String, Object> details = new HashMap<>();
		details.put(null, "x");
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerEvent.builder("s", "x").customDetails(details))
			.withMessage("customDetails must not contain a null key");
		assertThatIllegalArgumentException().isThrownBy(() -> ChangeEvent.builder("s").customDetails(details))
			.withMessage("customDetails must not contain a null key");
	}

	@Test
	void buildWhenOptionalTextIsBlankShouldNameTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerEvent.builder("s", "x").component(" ").build())
			.withMessageStartingWith("component must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ChangeEvent.builder("s").source("").build())
			.withMessageStartingWith("source must not be blank");
	}

	@Test
	void listsWhenNullOrContainingNullShouldNameTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> TriggerEvent.builder("s", "x").links(null))
			.withMessage("links must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TriggerEvent.builder("s", "x").images(Arrays.asList((Image) null)))
			.withMessage("images must not contain null");
		assertThatIllegalArgumentException().isThrownBy(() -> Image.of(" "))
			.withMessage("image src must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new Link(null, "text"))
			.withMessage("link href must not be null or blank");
		assertThat(ChangeEvent.builder("s").links(List.of(Link.of("https://x"))).build().links()).hasSize(1);
	}

	@Test
	void builderWhenRoutingKeyIsBlankShouldNameRoutingKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventsApiV2Client.builder(" "))
			.withMessage("routingKey must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new EventsApiV2Client(null))
			.withMessage("routingKey must not be null or blank");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CRITICAL", "Error", " warning", "info " })
	void sendEventWhenTriggerSeverityIsNotWrittenInLowerCaseShouldRefuseBeforeSending(String severity) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload", Map.of("summary", "s", "source", "x", "severity", severity))))
			.withMessage("payload.severity must be one of critical, error, warning, info, exactly as written "
					+ "(PagerDuty's values are lower case), was '" + severity + "'");
	}

}
