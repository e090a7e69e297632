package io.pdkit.events;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventsApiV2ClientErrorTest {

	private static final String INVALID_EVENT = """
			{"status":"invalid event","message":"Event object is invalid","errors":["'payload.summary' is missing or blank","Length of 'routing_key' is incorrect (should be 32 characters)"]}""";

	private final EventsStub stub = new EventsStub();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void triggerWhen400ShouldRaiseHttpExceptionWithErrorsContextAndMaskedKey() {
		this.stub.respond(400, INVALID_EVENT);
		PagerDutyHttpException ex = catchThrowableOfType(PagerDutyHttpException.class,
				() -> this.stub.client().trigger("Disk full", "db01"));
		assertThat(ex).isNotInstanceOf(PagerDutyServerException.class);
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.requestId()).contains("req-400");
		assertThat(ex.getMessage())
			.startsWith("POST " + this.stub.baseUrl() + "/v2/enqueue: API responded with client error (status 400) "
					+ "in submitting an event to the events API: {\"status\":\"invalid event\"")
			.endsWith("(x-request-id: req-400); errors: ['payload.summary' is missing or blank, Length of "
					+ "'routing_key' is incorrect (should be 32 characters)]; routing key: " + EventsStub.MASKED_KEY);
		assertThat(this.stub.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void sendChangeEventWhen400ShouldNameTheChangeEventContext() {
		this.stub.respond(400, INVALID_EVENT);
		assertThatExceptionOfType(PagerDutyHttpException.class)
			.isThrownBy(() -> this.stub.client().submit("Deployed", "ci"))
			.withMessageStartingWith("POST " + this.stub.baseUrl()
					+ "/v2/change/enqueue: API responded with client error (status 400) in submitting change event: ")
			.withMessageEndingWith("routing key: " + EventsStub.MASKED_KEY);
	}

	@Test
	void acknowledgeWhen400EchoesTheRoutingKeyShouldMaskItInTheMessage() {
		this.stub.respond(400, "{\"status\":\"invalid event\",\"errors\":[\"Routing key " + EventsStub.ROUTING_KEY
				+ " is not a valid integration\"]}");
		assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> this.stub.client().acknowledge("k"))
			.withMessageContaining("errors: [Routing key " + EventsStub.MASKED_KEY + " is not a valid integration]")
			.withMessageNotContaining(EventsStub.ROUTING_KEY);
	}

	@Test
	void triggerWhen500ExhaustedShouldRaiseServerExceptionWithMaskedKey() {
		this.stub.respondTimes(500, 3);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"))
			.withMessageEndingWith("(x-request-id: req-500); routing key: " + EventsStub.MASKED_KEY);
	}

	@Test
	void triggerWhenAcceptedWithoutDedupKeyShouldRaiseServerExceptionSayingSo() {
		this.stub.respond(202, "{\"status\":\"success\",\"message\":\"Event processed\"}");
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"))
			.withMessage("POST " + this.stub.baseUrl() + "/v2/enqueue: Malformed response body from the events API; "
					+ "it is not a JSON object that has a key named \"dedup_key\" after decoding. Body = "
					+ "{\"status\":\"success\",\"message\":\"Event processed\"} (x-request-id: req-202); routing key: "
					+ EventsStub.MASKED_KEY)
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(202));
	}

	@Test
	void resolveWhenAcceptedWithInvalidJsonOrEmptyBodyShouldRaiseServerException() {
		this.stub.respond(202, "<html>ok</html>").respond(202, "").respond(202, "[\"dedup_key\"]");
		EventsApiV2Client client = this.stub.client();
		for (String body : new String[] { "<html>ok</html>", "", "[\"dedup_key\"]" }) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> client.resolve("k"))
				.withMessageContaining("Malformed response body from the events API")
				.withMessageContaining("Body = " + body + " (x-request-id");
		}
	}

	@Test
	void triggerWhen401ShouldRaiseAtOnceWithMaskedKeyOnly() {
		this.stub.respond(401, "{\"status\":\"unauthorized\"}");
		assertThatExceptionOfType(PagerDutyHttpException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"))
			.withMessageContaining("Received 401 Unauthorized")
			.withMessageContaining("(" + EventsStub.MASKED_KEY + ")")
			.withMessageNotContaining(EventsStub.ROUTING_KEY);
		assertThat(this.stub.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void triggerWhenNetworkFailsShouldRetryThreeTimesThenRaiseWithoutResponse() throws IOException {
		EventsApiV2Client client = this.stub.clientBuilder().baseUrl("http://127.0.0.1:" + closedPort()).build();
		PagerDutyException ex = catchThrowableOfType(PagerDutyException.class,
				() -> client.trigger("Disk full", "db01"));
		assertThat(ex.response()).isEmpty();
		assertThat(ex.getMessage()).endsWith("/v2/enqueue: Non-transient network error; exceeded maximum number of "
				+ "attempts (3) to connect to the API.");
		assertThat(this.stub.sleepSeconds()).containsExactly(3.0, 6.0, 12.0);
	}

	@Test
	void exceptionsWhenPrintedShouldNeverShowTheRoutingKey() throws IOException {
		this.stub.respond(400, INVALID_EVENT).respondTimes(503, 7).respond(202, "{}").respond(401, "{}");
		EventsApiV2Client client = this.stub.client();
		EventsApiV2Client unreachable = client.mutate().baseUrl("http://127.0.0.1:" + closedPort()).build();
		Runnable[] calls = { () -> client.trigger("s", "x"), () -> client.resolve("k"), () -> client.acknowledge("k"),
				() -> client.submit("s"), () -> unreachable.sendEvent(EventAction.RESOLVE, "k", Map.of()),
				() -> client.trigger(null, "x") };
		for (Runnable call : calls) {
			RuntimeException ex = catchThrowableOfType(RuntimeException.class, call::run);
			assertThat(ex).isNotNull();
			assertThat(ex.toString()).doesNotContain(EventsStub.ROUTING_KEY);
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				assertThat(String.valueOf(cause)).doesNotContain(EventsStub.ROUTING_KEY);
			}
			if (ex instanceof PagerDutyHttpException) {
				assertThat(ex.getMessage()).contains(EventsStub.MASKED_KEY);
			}
		}
	}

	@Test
	void toStringWhenClientShouldShowOnlyTheMaskedKey() {
		EventsApiV2Client client = this.stub.client();
		assertThat(client.toString()).isEqualTo(
				"EventsApiV2Client[baseUrl=" + this.stub.baseUrl() + ", credential=" + EventsStub.MASKED_KEY + "]");
		assertThat(client.maskedCredential()).isEqualTo(EventsStub.MASKED_KEY);
		assertThat(client.mutate().toString()).doesNotContain(EventsStub.ROUTING_KEY);
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
