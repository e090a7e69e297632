package io.pdkit.events;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stub of the Events API for tests, with a client builder that records sleeps
 * instead of sleeping.
 */
final class EventsStub implements AutoCloseable {

	static final String ROUTING_KEY = "R0UT1NGKEYabcdefabcdefabcdef9876";

	static final String MASKED_KEY = "*9876";

	static final Instant NOW = Instant.parse("2026-11-26T13:53:35.136823Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final MockWebServer server = new MockWebServer();

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	EventsStub() {
		try {
			this.server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getPort();
	}

	EventsApiV2Client.Builder clientBuilder() {
		return EventsApiV2Client.builder(ROUTING_KEY)
			.baseUrl(baseUrl())
			.sleeper(this.sleeps::add)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC));
	}

	EventsApiV2Client client() {
		return clientBuilder().build();
	}

	EventsStub accept(String dedupKey) {
		return respond(202,
				"{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"" + dedupKey + "\"}");
	}

	EventsStub respond(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.addHeader("x-request-id", "req-" + status)
			.body(body)
			.build());
		return this;
	}

	EventsStub respondTimes(int status, int times) {
		for (int i = 0; i < times; i++) {
			respond(status, "{\"status\":\"error\",\"message\":\"status " + status + "\"}");
		}
		return this;
	}

	RecordedRequest take() {
		try {
			RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError("no request received");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode bodyOf(RecordedRequest request) {
		return json(request.getBody().utf8());
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	List<Double> sleepSeconds() {
		return this.sleeps.stream().map(sleep -> sleep.toMillis() / 1000.0).toList();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
