package io.pdkit.autoconfigure.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pdkit.webhooks.WebhookHeaders;
import io.pdkit.webhooks.WebhookSigner;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Instances of one webhook-receiving application, each a Spring Boot context with its own
 * server on a loopback port; every event handled by any of them is recorded in
 * {@link #handled}.
 */
final class WebhookFleet implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	final Queue<String> handled = new ConcurrentLinkedQueue<>();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	ConfigurableApplicationContext start(String... properties) {
		List<String> all = new ArrayList<>(List.of("pagerduty.webhooks.secrets[0]=" + Deliveries.SECRET,
				"server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off"));
		all.addAll(List.of(properties));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Instance.class)
			.properties(all.toArray(String[]::new))
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("handledEvents", this.handled))
			.run();
		this.instances.add(context);
		return context;
	}

	int post(ConfigurableApplicationContext instance, String eventId, String webhookId) throws Exception {
		byte[] body = Deliveries.body(eventId, "incident.triggered");
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pagerduty/webhooks"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header(WebhookHeaders.WEBHOOK_ID, webhookId)
			.header(WebhookHeaders.SIGNATURE, WebhookSigner.of(Deliveries.SECRET).sign(body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static double duplicates(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).counter("pagerduty.webhooks.duplicates").count();
	}

	/**
	 * Closes every instance, which lets queued events reach the handlers first.
	 */
	@Override
	public void close() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Instance {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		@SuppressWarnings("unchecked")
		PagerDutyWebhookHandler recordingHandler(org.springframework.beans.factory.BeanFactory beans) {
			Queue<String> handled = (Queue<String>) beans.getBean("handledEvents");
			return event -> handled.add(event.id());
		}

	}

}
