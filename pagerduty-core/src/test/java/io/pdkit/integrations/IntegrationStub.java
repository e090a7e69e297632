package io.pdkit.integrations;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

abstract class IntegrationStub {

	static final String API_KEY = "u+integrationkey1234";

	MockWebServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	String baseUrl(String prefix) {
		return "http://127.0.0.1:" + this.server.getPort() + prefix;
	}

	void enqueueJson(int status, String singleQuoted) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(json(singleQuoted))
			.build());
	}

	void enqueueJson(String singleQuoted) {
		enqueueJson(200, singleQuoted);
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
