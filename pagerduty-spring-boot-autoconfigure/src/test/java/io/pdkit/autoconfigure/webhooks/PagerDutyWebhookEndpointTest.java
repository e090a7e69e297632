package io.pdkit.autoconfigure.webhooks;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventType;
import io.pdkit.webhooks.WebhookHeaders;
import io.pdkit.webhooks.WebhookSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "pagerduty.webhooks.secrets[0]=" + Deliveries.SECRET,
				"pagerduty.webhooks.secrets[1]=" + Deliveries.OLD_SECRET, "pagerduty.webhooks.max-body-size=4KB",
				"server.address=127.0.0.1" })
class PagerDutyWebhookEndpointTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	@LocalServerPort
	private int port;

	@Autowired
	private Received received;

	@BeforeEach
	void clear() {
		this.received.handled.clear();
		this.received.listened.clear();
		this.received.handlerThreads.clear();
	}

	@Test
	void signedDeliveryShouldBeAcceptedAndReachHandlersAndListeners() throws Exception {
		byte[] body = Deliveries.body("E-signed", "incident.triggered");

		HttpResponse<String> response = post(body, WebhookSigner.of(Deliveries.SECRET).sign(body), "D-signed");

		assertThat(response.statusCode()).isEqualTo(202);
		WebhookEvent event = this.received.nextHandled();
		assertThat(event.id()).isEqualTo("E-signed");
		assertThat(event.eventType()).isEqualTo(WebhookEventType.INCIDENT_TRIGGERED);
		assertThat(event.data().path("title").asString()).isEqualTo("Disk full");
		assertThat(this.received.handlerThreads.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS))
			.startsWith("pagerduty-webhook-");
		PagerDutyWebhookReceivedEvent published = this.received.listened.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		assertThat(published).isNotNull();
		assertThat(published.getWebhookEvent().id()).isEqualTo("E-signed");
		assertThat(published.getWebhookId()).isEqualTo("D-signed");
	}

	@Test
	void deliverySignedWithPreviousSecretShouldBeAccepted() throws Exception {
		byte[] body = Deliveries.body("E-rotated", "incident.acknowledged");

		assertThat(post(body, WebhookSigner.of(Deliveries.OLD_SECRET).sign(body), "D-rotated").statusCode())
			.isEqualTo(202);
		assertThat(this.received.nextHandled().id()).isEqualTo("E-rotated");
	}

	@Test
	void unsignedOrWronglySignedOrTamperedDeliveryShouldBe401AndNotHandled() throws Exception {
		byte[] body = Deliveries.body("E-bad", "incident.triggered");
		byte[] tampered = Deliveries.body("E-bad", "incident.resolved");

		assertThat(post(body, null, "D-bad-1").statusCode()).isEqualTo(401);
		assertThat(post(body, WebhookSigner.of("not-our-secret-9").sign(body), "D-bad-2").statusCode()).isEqualTo(401);
		assertThat(post(tampered, WebhookSigner.of(Deliveries.SECRET).sign(body), "D-bad-3").statusCode())
			.isEqualTo(401);
		assertThat(
				post(body, "v2=" + WebhookSigner.of(Deliveries.SECRET).sign(body).substring(3), "D-bad-4").statusCode())
			.isEqualTo(401);
		assertHandledNextIs("E-after-bad");
	}

	@Test
	void signedButUnparsableOrEmptyBodyShouldBe400() throws Exception {
		byte[] notJson = "{\"event\":".getBytes(StandardCharsets.UTF_8);
		byte[] noEvent = "{\"messages\":[]}".getBytes(StandardCharsets.UTF_8);
		byte[] empty = new byte[0];
		WebhookSigner signer = WebhookSigner.of(Deliveries.SECRET);

		HttpResponse<String> response = post(notJson, signer.sign(notJson), "D-400-1");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("Webhook body is not valid JSON");
		assertThat(post(noEvent, signer.sign(noEvent), "D-400-2").statusCode()).isEqualTo(400);
		assertThat(post(empty, signer.sign(empty), "D-400-3").statusCode()).isEqualTo(400);
		assertThat(post(empty, null, "D-400-4").statusCode()).isEqualTo(401);
		assertHandledNextIs("E-after-400");
	}

	@Test
	void oversizedBodyShouldBe413WithOrWithoutContentLength() throws Exception {
		byte[] big = new byte[4 * 1024 + 1];
		Arrays.fill(big, (byte) ' ');
		String signature = WebhookSigner.of(Deliveries.SECRET).sign(big);

		assertThat(post(big, signature, "D-413-1").statusCode()).isEqualTo(413);
		HttpRequest chunked = request(signature, "D-413-2")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
			.build();
		assertThat(this.http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
		assertHandledNextIs("E-after-413");
	}

	@Test
	void chunkedBodyWithinLimitShouldBeAccepted() throws Exception {
		byte[] body = Deliveries.body("E-chunked", "service.updated");
		HttpRequest chunked = request(WebhookSigner.of(Deliveries.SECRET).sign(body), "D-chunked")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		assertThat(this.http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
		assertThat(this.received.nextHandled().eventType()).isEqualTo(WebhookEventType.SERVICE_UPDATED);
	}

	@Test
	void unknownEventTypeShouldBeDeliveredAsUnknownWithItsWireName() throws Exception {
		byte[] body = Deliveries.body("E-future", "incident.teleported");

		assertThat(post(body, WebhookSigner.of(Deliveries.SECRET).sign(body), "D-future").statusCode()).isEqualTo(202);
		WebhookEvent event = this.received.nextHandled();
		assertThat(event.eventType()).isEqualTo(WebhookEventType.UNKNOWN);
		assertThat(event.eventTypeName()).isEqualTo("incident.teleported");
	}

	@Test
	void duplicateDeliveryShouldBeAcceptedButHandledOnce() throws Exception {
		byte[] body = Deliveries.body("E-dup", "incident.resolved");
		String signature = WebhookSigner.of(Deliveries.SECRET).sign(body);

		assertThat(post(body, signature, "D-dup").statusCode()).isEqualTo(202);
		assertThat(post(body, signature, "D-dup").statusCode()).isEqualTo(202);
		assertThat(post(body, signature, "D-dup-replayed-with-new-id").statusCode()).isEqualTo(202);

		assertThat(this.received.nextHandled().id()).isEqualTo("E-dup");
		assertHandledNextIs("E-after-dup");
	}

	@Test
	void failingHandlerShouldNotStopTheOthers() throws Exception {
		byte[] body = Deliveries.body("E-boom", "incident.escalated");

		assertThat(post(body, WebhookSigner.of(Deliveries.SECRET).sign(body), "D-boom").statusCode()).isEqualTo(202);

		assertThat(this.received.nextHandled().id()).isEqualTo("E-boom");
	}

	@Test
	void getShouldNotBeAccepted() throws Exception {
		HttpResponse<String> response = this.http.send(request(null, "D-get").GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isIn(404, 405);
	}

	private void assertHandledNextIs(String eventId) throws Exception {
		byte[] body = Deliveries.body(eventId, "incident.annotated");
		assertThat(post(body, WebhookSigner.of(Deliveries.SECRET).sign(body), "D-" + eventId).statusCode())
			.isEqualTo(202);
		assertThat(this.received.nextHandled().id()).isEqualTo(eventId);
	}

	private HttpResponse<String> post(byte[] body, String signature, String webhookId) throws Exception {
		HttpRequest request = request(signature, webhookId).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String signature, String webhookId) {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/pagerduty/webhooks"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header(WebhookHeaders.WEBHOOK_ID, webhookId);
		if (signature != null) {
			builder.header(WebhookHeaders.SIGNATURE, signature);
		}
		return builder;
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class WebhookApplication {

		@Bean
		Received received() {
			return new Received();
		}

		@Bean
		@Order(1)
		PagerDutyWebhookHandler failingHandler() {
			return event -> {
				if (event.eventType() == WebhookEventType.INCIDENT_ESCALATED) {
					throw new IllegalStateException("handler failure under test");
				}
			};
		}

		@Bean
		@Order(2)
		PagerDutyWebhookHandler recordingHandler(Received received) {
			return event -> {
				received.handlerThreads.add(Thread.currentThread().getName());
				received.handled.add(event);
			};
		}

	}

	static class Received {

		final BlockingQueue<WebhookEvent> handled = new LinkedBlockingQueue<>();

		final BlockingQueue<PagerDutyWebhookReceivedEvent> listened = new LinkedBlockingQueue<>();

		final BlockingQueue<String> handlerThreads = new LinkedBlockingQueue<>();

		@EventListener
		void onWebhook(PagerDutyWebhookReceivedEvent event) {
			this.listened.add(event);
		}

		WebhookEvent nextHandled() throws InterruptedException {
			WebhookEvent event = this.handled.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			assertThat(event).as("event handed to the handler within %s", TIMEOUT).isNotNull();
			return event;
		}

	}

}
