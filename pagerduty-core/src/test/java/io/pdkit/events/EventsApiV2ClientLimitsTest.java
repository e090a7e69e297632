package io.pdkit.events;

import java.nio.charset.StandardCharsets;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EventsApiV2ClientLimitsTest {

	private static final String BODY_WITHOUT_BLOB = "{\"event_action\":\"trigger\",\"payload\":{\"summary\":\"Huge\","
			+ "\"source\":\"db01\",\"severity\":\"critical\",\"custom_details\":{\"blob\":\"\"}},\"routing_key\":\""
			+ EventsStub.ROUTING_KEY + "\"}";

	private final EventsStub stub = new EventsStub();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void triggerWhenEventWithRoutingKeyIsExactly512KbShouldSendThoseBytes() {
		this.stub.accept("huge");
		int blob = 512 * 1024 - BODY_WITHOUT_BLOB.length();

		String dedupKey = this.stub.client().trigger(event(blob));

		RecordedRequest request = this.stub.take();
		assertThat(dedupKey).isEqualTo("huge");
		assertThat(request.getBody().size()).isEqualTo(512 * 1024);
		assertThat(request.getBody().utf8())
			.isEqualTo(BODY_WITHOUT_BLOB.replace("\"blob\":\"\"", "\"blob\":\"" + "x".repeat(blob) + "\""));
	}

	@Test
	void triggerWhenRoutingKeyMakesEventOneByteLargerThan512KbShouldRefuseItUnsent() {
		int blob = 512 * 1024 - BODY_WITHOUT_BLOB.length() + 1;
		EventsApiV2Client client = this.stub.client();

		assertThatIllegalArgumentException().isThrownBy(() -> client.trigger(event(blob)))
			.withMessage("event must be at most 524288 bytes (512 KB) when serialized, was 524289 bytes");
		assertThat(this.stub.server.getRequestCount()).isZero();
	}

	@Test
	void triggerWhenClientIsClosedShouldRefuseUnsent() {
		EventsApiV2Client client = this.stub.client();
		client.close();

		assertThatIllegalStateException().isThrownBy(() -> client.trigger("Disk full", "db01"))
			.withMessage("This EventsApiV2Client is closed");
		assertThatIllegalStateException().isThrownBy(() -> client.submit("Deployed"))
			.withMessage("This EventsApiV2Client is closed");
		assertThat(this.stub.server.getRequestCount()).isZero();
	}

	private static TriggerEvent event(int blobLength) {
		assertThat(BODY_WITHOUT_BLOB.getBytes(StandardCharsets.UTF_8)).hasSize(BODY_WITHOUT_BLOB.length());
		return TriggerEvent.builder("Huge", "db01").customDetail("blob", "x".repeat(blobLength)).build();
	}

}
