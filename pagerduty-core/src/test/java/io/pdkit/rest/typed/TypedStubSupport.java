package io.pdkit.rest.typed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

abstract class TypedStubSupport {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	final List<Duration> sleeps = new ArrayList<>();

	MockWebServer server;

	RestApiV2Client client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.client = RestApiV2Client.builder("u+abcdefghijklmnopqr")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.sleeper(this.sleeps::add)
			.build();
	}

	@AfterEach
	void stopServer() {
		this.client.close();
		this.server.close();
	}

	void reply(String singleQuotedJson) {
		reply(200, singleQuotedJson);
	}

	void reply(int status, String singleQuotedJson) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(json(singleQuotedJson))
			.build());
	}

	void replyEmpty(int status) {
		this.server.enqueue(new MockResponse.Builder().code(status).build());
	}

	RecordedRequest take() throws InterruptedException {
		RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("no request was received");
		}
		return request;
	}

	/**
	 * Takes the next request and checks its method, path, every query parameter and, if
	 * given, its body.
	 */
	RecordedRequest expect(String method, String path, Map<String, List<String>> query, String singleQuotedBody)
			throws InterruptedException {
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo(method);
		String target = request.getTarget();
		int mark = target.indexOf('?');
		assertThat((mark < 0) ? target : target.substring(0, mark)).isEqualTo(path);
		assertThat(queryOf((mark < 0) ? "" : target.substring(mark + 1))).isEqualTo(new TreeMap<>(query));
		if (singleQuotedBody != null) {
			assertThat(body(request)).isEqualTo(MAPPER.readTree(json(singleQuotedBody)));
		}
		else {
			assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
		}
		return request;
	}

	RecordedRequest expect(String method, String path) throws InterruptedException {
		return expect(method, path, Map.of(), null);
	}

	RecordedRequest expect(String method, String path, String singleQuotedBody) throws InterruptedException {
		return expect(method, path, Map.of(), singleQuotedBody);
	}

	static JsonNode body(RecordedRequest request) {
		return MAPPER.readTree(request.getBody().utf8());
	}

	static Map<String, List<String>> queryOf(String rawQuery) {
		Map<String, List<String>> query = new TreeMap<>();
		if (rawQuery.isEmpty()) {
			return query;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String key = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
		}
		return query;
	}

	static Map<String, List<String>> page(String... pairs) {
		Map<String, List<String>> query = new TreeMap<>();
		query.put("limit", List.of("100"));
		query.put("offset", List.of("0"));
		query.put("total", List.of("false"));
		for (int i = 0; i < pairs.length; i += 2) {
			query.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
		}
		return query;
	}

	static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

}
