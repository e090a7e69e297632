package io.pdkit.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pdkit.events.internal.EventTimestamps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventValuesTest {

	private final EventsStub stub = new EventsStub();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void buildWhenCallerChangesItsMapAndListAfterwardsShouldKeepTheCopies() {
		Map<String, Object> details = new LinkedHashMap<>(Map.of("a", 1));
		List<Link> links = new ArrayList<>(List.of(Link.of("https://a")));
		TriggerEvent event = TriggerEvent.builder("s", "x").customDetails(details).links(links).build();
		details.put("b", 2);
		links.add(Link.of("https://b"));
		assertThat(event.customDetails()).containsOnlyKeys("a");
		assertThat(event.links()).hasSize(1);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> event.customDetails().put("c", 3));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> event.images().add(Image.of("x")));
	}

	@Test
	void triggerWhenSendingShouldNeverChangeTheCallersMaps() {
		this.stub.accept("k").accept("k");
		Map<String, Object> nested = new LinkedHashMap<>(Map.of("this", "that"));
		Map<String, Object> payload = new LinkedHashMap<>(
				Map.of("summary", "s", "source", "x", "severity", "info", "custom_details", nested));
		Map<String, Object> properties = new LinkedHashMap<>(Map.of("payload", payload));
		EventsApiV2Client client = this.stub.client();
		client.sendEvent(EventAction.TRIGGER, "k", properties);
		TriggerEvent event = TriggerEvent.builder("s", "x").customDetails(nested).build();
		client.trigger(event);
		assertThat(properties).containsOnlyKeys("payload");
		assertThat(payload).containsOnlyKeys("summary", "source", "severity", "custom_details");
		assertThat(nested).isEqualTo(Map.of("this", "that"));
	}

	@Test
	void toBuilderWhenChangingOneFieldShouldKeepTheOthers() {
		TriggerEvent original = TriggerEvent.builder("s", "x")
			.severity(Severity.INFO)
			.dedupKey("k")
			.customDetail("a", 1)
			.image(Image.of("https://i"))
			.link(Link.of("https://l"))
			.component("c")
			.group("g")
			.eventClass("e")
			.client("cl")
			.clientUrl("https://cl")
			.timestamp(Instant.EPOCH)
			.build();
		TriggerEvent changed = original.toBuilder().dedupKey("k2").build();
		assertThat(changed.dedupKey()).isEqualTo("k2");
		assertThat(changed).usingRecursiveComparison().ignoringFields("dedupKey").isEqualTo(original);
		ChangeEvent change = ChangeEvent.builder("s")
			.source("ci")
			.customDetail("a", 1)
			.link(Link.of("https://l"))
			.timestamp(Instant.EPOCH)
			.build();
		assertThat(change.toBuilder().summary("t").build()).usingRecursiveComparison()
			.ignoringFields("summary")
			.isEqualTo(change);
	}

	@Test
	void toStringWhenCustomDetailsHoldSecretsShouldShowOnlyTheirKeys() {
		TriggerEvent event = TriggerEvent.builder("Disk full", "db01").customDetail("password", "hunter2").build();
		ChangeEvent change = ChangeEvent.builder("Deployed").customDetail("token", "s3cr3t").build();
		assertThat(event.toString()).isEqualTo("TriggerEvent[summary=Disk full, source=db01, severity=critical, "
				+ "dedupKey=null, customDetails=[password], images=0, links=0]");
		assertThat(change.toString()).contains("customDetails=[token]").doesNotContain("s3cr3t");
	}

	@Test
	void severityWhenParsedShouldIgnoreCaseAndDefaultToCritical() {
		assertThat(Severity.of(" Warning ")).isEqualTo(Severity.WARNING);
		assertThat(TriggerEvent.builder("s", "x").build().severity()).isEqualTo(Severity.CRITICAL);
		assertThat(EventAction.ACKNOWLEDGE.value()).isEqualTo("acknowledge");
	}

	@Test
	void isIsoDateTimeWhenOffsetStylesDifferShouldAcceptEachOne() {
		for (String valid : new String[] { "2015-07-17T08:42:58.315+0000", "2015-07-17T08:42:58Z",
				"2015-07-17T08:42:58.123456+02:00", "2015-07-17T08:42:58-05" }) {
			assertThat(EventTimestamps.isIsoDateTime(valid)).as(valid).isTrue();
		}
	}

}
