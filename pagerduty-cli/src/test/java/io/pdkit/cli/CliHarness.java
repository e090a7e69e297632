package io.pdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the command against a loopback stub of the Events API, capturing its output and
 * recording sleeps.
 */
final class CliHarness implements AutoCloseable {

	static final String ROUTING_KEY = "0123456789abcdef0123456789ab4321";

	static final String MASKED_KEY = "*4321";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final MockWebServer server = new MockWebServer();

	final Map<String, String> env = new HashMap<>(Map.of(CliEnvironment.ROUTING_KEY_VARIABLE, ROUTING_KEY));

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	CliHarness() {
		try {
			this.server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getPort();
	}

	Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliEnvironment environment = new CliEnvironment(this.env, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), this.sleeps::add, () -> "testhost");
		int status = PagerDutyCli.run(args, environment);
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	CliHarness respond(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(body)
			.build());
		return this;
	}

	CliHarness accept(String dedupKey) {
		return respond(202,
				"{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"" + dedupKey + "\"}");
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
		return JSON.readTree(request.getBody().utf8());
	}

	static JsonNode json(String text) {
		return JSON.readTree(text.replace("$KEY", ROUTING_KEY));
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		this.server.close();
	}

	record Result(int status, String out, String err) {
	}

}
