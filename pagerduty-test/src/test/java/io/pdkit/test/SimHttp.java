package io.pdkit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small java.net.http client for talking to a simulator the way PagerDuty clients do.
 */
final class SimHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private SimHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * A client sending {@code Authorization: Token token=<apiKey>}, PagerDuty's Accept
	 * and the owner as From.
	 */
	static SimHttp rest(PagerDutySimulator sim) {
		return new SimHttp(sim.restBaseUrl()).header("Authorization", "Token token=" + sim.apiKey())
			.header("Accept", "application/vnd.pagerduty+json;version=2")
			.header("From", sim.ownerEmail());
	}

	/** A client without any default header. */
	static SimHttp bare(String baseUrl) {
		return new SimHttp(baseUrl);
	}

	SimHttp header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	SimHttp without(String name) {
		headers.remove(name);
		return this;
	}

	Response get(String target) {
		return send("GET", target, null, null);
	}

	Response post(String target, String json) {
		return send("POST", target, json, "application/json");
	}

	Response put(String target, String json) {
		return send("PUT", target, json, "application/json");
	}

	Response send(String method, String target, String body, String contentType) {
		try {
			return new Response(sendRaw(method, target, body, contentType));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	HttpResponse<String> sendRaw(String method, String target, String body, String contentType) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target))
			.timeout(Duration.ofSeconds(10))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	/**
	 * The values of one top-level field of every element of a JSON array, e.g. the ids of
	 * a page.
	 */
	static List<String> field(JsonNode array, String name) {
		List<String> values = new ArrayList<>();
		array.forEach(element -> values.add(element.path(name).asString()));
		return values;
	}

	/** A response with JSON helpers. */
	record Response(HttpResponse<String> raw) {

		int status() {
			return raw.statusCode();
		}

		String body() {
			return raw.body();
		}

		JsonNode json() {
			return JSON.readTree(raw.body());
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

}
