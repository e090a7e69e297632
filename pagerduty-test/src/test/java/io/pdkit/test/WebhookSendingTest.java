package io.pdkit.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventParser;
import io.pdkit.webhooks.WebhookEventType;
import io.pdkit.webhooks.WebhookSignatureVerifier;
import io.pdkit.webhooks.WebhookVerificationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSendingTest {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	private PagerDutySimulator sim;

	@BeforeEach
	void start() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/hooks", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("X-PagerDuty-Signature"),
					exchange.getRequestHeaders().getFirst("X-Webhook-Id"), new String(body, StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		this.receiver.start();
		this.sim = PagerDutySimulator.builder().start();
	}

	@AfterEach
	void stop() {
		this.sim.close();
		this.receiver.stop(0);
	}

	private String hooksUrl() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks";
	}

	@Test
	void incidentTransitionsShouldSendSignedV3Webhooks() throws Exception {
		this.sim.sendWebhooksTo(hooksUrl(), "old-secret-1", "new-secret-2");
		EventsApiV2Client events = EventsApiV2Client.builder(this.sim.routingKey())
			.baseUrl(this.sim.eventsBaseUrl())
			.build();
		RestApiV2Client rest = RestApiV2Client.builder(this.sim.apiKey())
			.baseUrl(this.sim.restBaseUrl())
			.defaultFrom(this.sim.ownerEmail())
			.build();

		String dedupKey = events.trigger("Disk full on db-1", "db-1");
		events.acknowledge(dedupKey);
		JsonNode incident = rest.iterAll("/incidents", Map.of("date_range", "all"))
			.filter(candidate -> dedupKey.equals(candidate.path("incident_key").asString()))
			.findFirst()
			.orElseThrow();
		rest.rpost(incident.path("self").asString() + "/notes", Map.of("content", "Looking into it"));
		rest.rput(incident, Map.of("type", "incident_reference", "status", "resolved"));

		assertThat(this.sim.awaitWebhookDeliveries(4, Duration.ofSeconds(10))).isTrue();
		assertThat(this.sim.webhookDeliveries()).extracting(WebhookDelivery::eventType)
			.containsExactly("incident.triggered", "incident.acknowledged", "incident.annotated", "incident.resolved");
		assertThat(this.sim.webhookDeliveries()).allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(202));
		assertThat(this.received).hasSize(4).allSatisfy(request -> {
			assertThat(request.signature()).isEqualTo(
					"v1=" + hmac("old-secret-1", request.body()) + ",v1=" + hmac("new-secret-2", request.body()));
			assertThat(request.webhookId()).isNotBlank();
			assertThat(WebhookSignatureVerifier.of("new-secret-2")
				.verify(request.body().getBytes(StandardCharsets.UTF_8), request.signature()))
				.isEqualTo(WebhookVerificationResult.VERIFIED);
		});
		WebhookEvent parsed = new WebhookEventParser()
			.parse(this.received.get(3).body().getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.eventType()).isEqualTo(WebhookEventType.INCIDENT_RESOLVED);
		JsonNode event = JsonMapper.builder().build().readTree(this.received.get(0).body()).path("event");
		assertThat(event.path("event_type").asString()).isEqualTo("incident.triggered");
		assertThat(event.path("resource_type").asString()).isEqualTo("incident");
		assertThat(event.path("occurred_at").asString()).isNotBlank();
		assertThat(event.path("data").path("incident_key").asString()).isEqualTo(dedupKey);
		assertThat(event.path("data").path("status").asString()).isEqualTo("triggered");
	}

	@Test
	void withoutTargetOrAfterStopShouldSendNothing() {
		EventsApiV2Client events = EventsApiV2Client.builder(this.sim.routingKey())
			.baseUrl(this.sim.eventsBaseUrl())
			.build();
		events.trigger("Quiet", "db-1");
		this.sim.sendWebhooksTo(hooksUrl(), "secret-1").stopWebhooks();
		events.trigger("Still quiet", "db-2");

		assertThat(this.sim.awaitWebhookDeliveries(1, Duration.ofMillis(200))).isFalse();
		assertThat(this.received).isEmpty();
	}

	@Test
	void unreachableReceiverShouldBeRecordedAsFailedDelivery() {
		this.sim.sendWebhooksTo("http://127.0.0.1:1/hooks", "secret-1");
		EventsApiV2Client.builder(this.sim.routingKey()).baseUrl(this.sim.eventsBaseUrl()).build().trigger("x", "y");

		assertThat(this.sim.awaitWebhookDeliveries(1, Duration.ofSeconds(10))).isTrue();
		assertThat(this.sim.webhookDeliveries().get(0).status()).isEqualTo(-1);
		assertThat(this.sim.webhookDeliveries().get(0).error()).isEqualTo("ConnectException");
	}

	@Test
	void sendWebhooksToWithoutSecretShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.sim.sendWebhooksTo(hooksUrl()))
			.withMessage("secrets must hold at least one non-blank secret");
	}

	private static String hmac(String secret, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	private record Received(String signature, String webhookId, String body) {
	}

}
