package io.pdkit.test.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.pdkit.test.ReceivedRequest;

/**
 * Adapts the JDK HTTP server to the engine: parses, journals, answers (or drops) and adds
 * {@code x-request-id}.
 */
public final class ExchangeHandler implements HttpHandler {

	private final SimulatorEngine engine;

	/** A handler feeding the engine. */
	public ExchangeHandler(SimulatorEngine engine) {
		this.engine = engine;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String requestId = UUID.randomUUID().toString();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.addAll(values));
		String rawQuery = exchange.getRequestURI().getRawQuery();
		String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		String path = exchange.getRequestURI().getPath();
		ReceivedRequest received = new ReceivedRequest(method, path, rawQuery, headers, body, requestId);
		engine.journal().add(received);
		Optional<SimResponse> response;
		try {
			response = engine
				.handle(new SimRequest(method, path, received.queryParams(), received.headers(), body, Map.of()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			response = Optional.empty();
		}
		if (response.isEmpty()) {
			exchange.close();
			return;
		}
		send(exchange, response.get(), requestId);
	}

	private static void send(HttpExchange exchange, SimResponse response, String requestId) throws IOException {
		byte[] bytes = response.body() == null ? new byte[0]
				: Json.write(response.body()).getBytes(StandardCharsets.UTF_8);
		var headers = exchange.getResponseHeaders();
		response.headers().forEach(headers::set);
		headers.set("x-request-id", requestId);
		if (bytes.length > 0) {
			headers.set("Content-Type", "application/json; charset=utf-8");
		}
		exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		exchange.close();
	}

}
