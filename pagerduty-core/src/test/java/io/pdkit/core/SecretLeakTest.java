package io.pdkit.core;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SecretLeakTest {

	private static final String API_KEY = "y_NbAkKc66ryYTWUXYEu";

	@Test
	void debugLogsAndExceptionsShouldNeverContainTheSecret() throws Exception {
		List<String> messages = new ArrayList<>();
		try (MockWebServer server = new MockWebServer(); LogCapture logs = new LogCapture()) {
			server.start(InetAddress.getLoopbackAddress(), 0);
			server.enqueue(response(429, ""));
			server.enqueue(response(200, "{}"));
			server.enqueue(response(400, "{\"error\":\"bad key " + API_KEY + "\"}"));
			server.enqueue(response(401, "{\"error\":\"Unauthorized " + API_KEY + "\"}"));
			server.enqueue(response(301, ""));
			TestApiClient client = TestApiClient.builder(API_KEY)
				.baseUrl("http://127.0.0.1:" + server.getPort())
				.debug(true)
				.sleeper(duration -> {
				})
				.build();

			client.post("/incidents", RequestOptions.builder().body(Map.of("k", "v")).build());
			messages.add(catchThrowable(() -> client.get("/users").requireSuccess()).getMessage());
			messages.add(catchThrowable(() -> client.get("/users")).getMessage());
			messages.add(catchThrowable(() -> client.get("/users")).getMessage());
			TestApiClient offline = client.mutate()
				.baseUrl("http://127.0.0.1:1")
				.retrySettings(RetrySettings.defaults().withMaxNetworkAttempts(1))
				.build();
			Throwable network = catchThrowable(() -> offline.get("/users"));
			messages.add(network.getMessage());
			messages.add(network.getCause().getMessage());
			messages.add(client.toString());
			messages.add(offline.toString());
			messages.addAll(logs.lines());

			assertThat(logs.lines()).anySatisfy(line -> assertThat(line).startsWith("INFO POST http://127.0.0.1"))
				.anySatisfy(line -> assertThat(line).startsWith("WARN POST").contains("-> 429; retrying in 3.0 s"));
		}
		assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message).doesNotContain(API_KEY));
		assertThat(messages).anySatisfy(message -> assertThat(message).contains("bad key *XYEu"));
	}

	private static MockResponse response(int status, String body) {
		return new MockResponse.Builder().code(status).body(body).build();
	}

	@Test
	void secretsMaskShouldShowOnlyLastFourCharacters() {
		assertThat(Secrets.mask(API_KEY)).isEqualTo("*XYEu");
		assertThat(Secrets.mask("short")).isEqualTo("****");
		assertThat(Secrets.mask(null)).isEmpty();
		assertThat(CredentialSource.of(API_KEY)).hasToString("CredentialSource[*XYEu]");
		assertThat(Secrets.mask("12345678")).isEqualTo("*5678");
		assertThat(Secrets.mask("1234567")).isEqualTo("****");
	}

	@Test
	void requireSuccessWhenRequestIdHeaderEchoesTheKeyShouldMaskItInMessageAndLogLine() throws Exception {
		try (MockWebServer server = new MockWebServer(); LogCapture logs = new LogCapture()) {
			server.start(InetAddress.getLoopbackAddress(), 0);
			server.enqueue(new MockResponse.Builder().code(400)
				.addHeader("x-request-id", "req-" + API_KEY)
				.addHeader("x-echo", API_KEY)
				.body("{}")
				.build());
			TestApiClient client = TestApiClient.builder(API_KEY)
				.baseUrl("http://127.0.0.1:" + server.getPort())
				.build();

			Throwable thrown = catchThrowable(() -> client.get("/users").requireSuccess());

			assertThat(thrown).hasMessage("GET http://127.0.0.1:" + server.getPort() + "/users: API responded with "
					+ "client error (status 400): {} (x-request-id: req-*XYEu)");
			assertThat(((PagerDutyHttpException) thrown).requestId()).contains("req-" + API_KEY);
			assertThat(logs.lines()).containsExactly("DEBUG GET http://127.0.0.1:" + server.getPort()
					+ "/users -> 400 in " + elapsedOf(logs.lines().get(0)) + " ms (x-request-id=req-*XYEu, attempt 1)");
		}
	}

	@Test
	void requireSuccessWhenUrlQueryCarriesTheKeyShouldMaskItInTheMessageAndLogLine() throws Exception {
		try (MockWebServer server = new MockWebServer(); LogCapture logs = new LogCapture()) {
			server.start(InetAddress.getLoopbackAddress(), 0);
			server.enqueue(response(404, "{}"));
			TestApiClient client = TestApiClient.builder(API_KEY)
				.baseUrl("http://127.0.0.1:" + server.getPort())
				.build();

			Throwable thrown = catchThrowable(() -> client.get("/users?token=" + API_KEY).requireSuccess());

			assertThat(thrown).hasMessage("GET http://127.0.0.1:" + server.getPort() + "/users?token=*XYEu: API "
					+ "responded with client error (status 404): {}");
			assertThat(logs.lines()).singleElement()
				.asString()
				.startsWith("DEBUG GET http://127.0.0.1:" + server.getPort() + "/users?token=*XYEu -> 404 in ");
		}
	}

	private static String elapsedOf(String line) {
		return line.replaceAll(".* in (\\d+) ms .*", "$1");
	}

}
