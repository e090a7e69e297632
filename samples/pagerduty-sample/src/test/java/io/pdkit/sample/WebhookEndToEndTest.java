package io.pdkit.sample;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.pdkit.autoconfigure.webhooks.PagerDutyWebhookHandler;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.WebhookDelivery;
import io.pdkit.test.spring.PagerDutySimulatorInitializer;
import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator sends signed webhooks for its incident transitions to the application's
 * webhook endpoint, which verifies them and hands them to the application's handler: the
 * whole loop, end to end, with no PagerDuty account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pagerduty.webhooks.secrets=" + WebhookEndToEndTest.SECRET,
				"pagerduty.sample.trigger-incident=false", "server.address=127.0.0.1" })
@ContextConfiguration(initializers = PagerDutySimulatorInitializer.class)
class WebhookEndToEndTest {

	static final String SECRET = "whsec-end-to-end-0001";

	@LocalServerPort
	private int port;

	@Autowired
	private PagerDutySimulator simulator;

	@Autowired
	private EventsApiV2Client events;

	@Autowired
	private BlockingQueue<WebhookEvent> handled;

	@BeforeEach
	void resetSimulator() {
		this.simulator.stopWebhooks();
		this.simulator.reset();
		this.handled.clear();
	}

	@Test
	void incidentTransitionsShouldArriveVerifiedAtTheApplicationsHandler() throws Exception {
		this.simulator.sendWebhooksTo("http://127.0.0.1:" + this.port + "/pagerduty/webhooks", SECRET);

		String dedupKey = this.events.trigger("Checkout latency above 2 s", "checkout-01");
		this.events.resolve(dedupKey);

		WebhookEvent triggered = this.handled.poll(10, TimeUnit.SECONDS);
		WebhookEvent resolved = this.handled.poll(10, TimeUnit.SECONDS);
		assertThat(triggered).isNotNull();
		assertThat(triggered.eventType()).isEqualTo(WebhookEventType.INCIDENT_TRIGGERED);
		assertThat(triggered.data().path("incident_key").asString()).isEqualTo(dedupKey);
		assertThat(resolved).isNotNull();
		assertThat(resolved.eventType()).isEqualTo(WebhookEventType.INCIDENT_RESOLVED);
		assertThat(this.simulator.awaitWebhookDeliveries(2, Duration.ofSeconds(10))).isTrue();
		assertThat(this.simulator.webhookDeliveries()).extracting(WebhookDelivery::status).containsExactly(202, 202);
	}

	@Test
	void webhooksSignedWithAnotherSecretShouldBeRefused() throws Exception {
		this.simulator.sendWebhooksTo("http://127.0.0.1:" + this.port + "/pagerduty/webhooks", "not-the-secret-9999");

		this.events.trigger("Unsigned for us", "checkout-02");

		assertThat(this.simulator.awaitWebhookDeliveries(1, Duration.ofSeconds(10))).isTrue();
		assertThat(this.simulator.webhookDeliveries()).extracting(WebhookDelivery::status).containsExactly(401);
		assertThat(this.handled.poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	@TestConfiguration
	static class Handlers {

		@Bean
		BlockingQueue<WebhookEvent> handled() {
			return new LinkedBlockingQueue<>();
		}

		@Bean
		PagerDutyWebhookHandler recordingHandler(BlockingQueue<WebhookEvent> handled) {
			return handled::add;
		}

	}

}
