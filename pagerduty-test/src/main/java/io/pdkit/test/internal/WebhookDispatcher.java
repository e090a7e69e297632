package io.pdkit.test.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.pdkit.test.WebhookDelivery;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends PagerDuty-style v3 webhooks, signed with
 * {@code X-PagerDuty-Signature: v1=<hmac-sha256>} per secret, for incident transitions,
 * one at a time off the request thread.
 */
public final class WebhookDispatcher {

	private static final Map<String, String> EVENT_TYPES = Map.of("trigger", "incident.triggered", "acknowledge",
			"incident.acknowledged", "resolve", "incident.resolved", "annotate", "incident.annotated");

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "pagerduty-simulator-webhooks");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();

	private volatile @Nullable Target target;

	private volatile boolean muted;

	/** A dispatcher whose events carry the given clock's time. */
	public WebhookDispatcher(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Sends future events to {@code url}, signed with each secret; {@code null} stops
	 * sending.
	 */
	public void target(@Nullable String url, List<String> secrets) {
		this.target = (url != null) ? new Target(URI.create(url), List.copyOf(secrets)) : null;
	}

	/** Suppresses events while the account is being seeded. */
	public void mute(boolean muted) {
		this.muted = muted;
	}

	/**
	 * Queues the event for a log entry kind ({@code trigger}, {@code acknowledge},
	 * {@code resolve}, {@code annotate}).
	 */
	public void emit(String kind, ObjectNode incident, JsonNode agent) {
		Target current = this.target;
		String eventType = EVENT_TYPES.get(kind);
		if (current == null || this.muted || eventType == null) {
			return;
		}
		String webhookId = UUID.randomUUID().toString();
		String body = Json.write(payload(webhookId, eventType, incident, agent));
		this.executor.execute(() -> send(current, webhookId, eventType, body));
	}

	/** The deliveries so far, oldest first. */
	public List<WebhookDelivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/** Waits until at least {@code count} deliveries were made or the timeout passes. */
	public boolean await(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.deliveries) {
			while (this.deliveries.size() < count) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				this.deliveries.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** Forgets the deliveries. */
	public void clear() {
		this.deliveries.clear();
	}

	/** Stops the sending thread. */
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * The {@code X-PagerDuty-Signature} value for a body: {@code v1=<hex>} per secret,
	 * comma-separated.
	 */
	public static String signature(byte[] body, List<String> secrets) {
		return secrets.stream().map(secret -> "v1=" + hmac(secret, body)).collect(Collectors.joining(","));
	}

	private ObjectNode payload(String webhookId, String eventType, ObjectNode incident, JsonNode agent) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		ObjectNode event = root.putObject("event");
		event.put("id", webhookId.replace("-", "").substring(0, 26).toUpperCase(java.util.Locale.ROOT));
		event.put("event_type", eventType);
		event.put("resource_type", "incident");
		event.put("occurred_at", this.clock.instant().toString());
		event.set("agent", Refs.reference(agent));
		event.putNull("client");
		event.set("data", incident.deepCopy());
		return root;
	}

	private void send(Target target, String webhookId, String eventType, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(target.url())
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "PagerDuty-Webhook/V3.0")
			.header("X-Webhook-Id", webhookId)
			.header("X-Webhook-Subscription", "PSIMWEBHOOK")
			.header("X-PagerDuty-Signature", signature(bytes, target.secrets()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		WebhookDelivery delivery;
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			delivery = new WebhookDelivery(webhookId, eventType, target.url().toString(), response.statusCode(), null,
					body);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (Exception ex) {
			delivery = new WebhookDelivery(webhookId, eventType, target.url().toString(), -1,
					ex.getClass().getSimpleName(), body);
		}
		synchronized (this.deliveries) {
			this.deliveries.add(delivery);
			this.deliveries.notifyAll();
		}
	}

	private static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private record Target(URI url, List<String> secrets) {
	}

}
