package io.pdkit.rest;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

abstract class MockServerSupport {

	static final String API_KEY = "u+abcdefghijklmnopqr";

	final List<Duration> sleeps = new ArrayList<>();

	MockWebServer server;

	RestApiV2Client client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.client = clientBuilder().build();
	}

	@AfterEach
	void stopServer() {
		this.client.close();
		this.server.close();
	}

	RestApiV2Client.Builder clientBuilder() {
		return RestApiV2Client.builder(API_KEY).baseUrl(baseUrl()).sleeper(this.sleeps::add);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getPort();
	}

	void enqueueJson(int status, String json) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(json)
			.build());
	}

	void enqueueJson(String json) {
		enqueueJson(200, json);
	}

	void enqueueEmpty(int status) {
		this.server.enqueue(new MockResponse.Builder().code(status).build());
	}

	RecordedRequest take() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("no request was received");
		}
		return request;
	}

	static String body(RecordedRequest request) {
		return (request.getBody() != null) ? request.getBody().utf8() : "";
	}

	static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

}
