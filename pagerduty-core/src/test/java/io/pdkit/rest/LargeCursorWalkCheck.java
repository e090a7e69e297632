package io.pdkit.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks 100,000 audit records through {@code iterAll} (which delegates to cursor
 * pagination) from a local stub that generates each page on the fly, to show that a walk
 * holds one page in memory. Run it with a small heap:
 *
 * <pre>
 * java -Xmx64m -cp "pagerduty-core/target/test-classes:pagerduty-core/target/classes:$(cat pagerduty-core/target/cp.txt)" \
 *     io.pdkit.rest.LargeCursorWalkCheck
 * </pre>
 *
 * (see docs/readme/rest.md for building {@code cp.txt}). Prints the count and the peak
 * heap used.
 */
public final class LargeCursorWalkCheck {

	static final int RECORDS = 100_000;

	static final int PAGE = 100;

	private LargeCursorWalkCheck() {
	}

	public static void main(String[] args) throws IOException {
		int records = (args.length > 0) ? Integer.parseInt(args[0]) : RECORDS;
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		long started = System.nanoTime();
		Runtime runtime = Runtime.getRuntime();
		AtomicLong peak = new AtomicLong();
		long count = walk(records,
				() -> peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max));
		System.out.printf("walked %d audit records in %d ms; max heap %d MB; peak used heap sampled %d MB%n", count,
				(System.nanoTime() - started) / 1_000_000, runtime.maxMemory() >> 20, peak.get() >> 20);
		if (count != records) {
			throw new IllegalStateException("expected " + records + " records, got " + count);
		}
	}

	static long walk(int records, Runnable every1000) throws IOException {
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/audit/records", exchange -> respond(exchange, records));
		server.start();
		AtomicLong count = new AtomicLong();
		try (RestApiV2Client client = RestApiV2Client.builder("check-key-0000")
			.baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
			.build()) {
			client.iterAll("/audit/records").forEach(record -> {
				if (count.incrementAndGet() % 1000 == 0) {
					every1000.run();
				}
			});
		}
		finally {
			server.stop(0);
		}
		return count.get();
	}

	private static void respond(HttpExchange exchange, int records) throws IOException {
		URI uri = exchange.getRequestURI();
		int start = 0;
		String query = uri.getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (pair.startsWith("cursor=")) {
					start = Integer.parseInt(pair.substring("cursor=".length()));
				}
			}
		}
		int end = Math.min(start + PAGE, records);
		StringBuilder body = new StringBuilder("{\"records\":[");
		for (int i = start; i < end; i++) {
			body.append(i > start ? "," : "")
				.append("{\"id\":\"R")
				.append(i)
				.append("\",\"execution_time\":\"2025-01-01T00:00:00Z\",\"action\":\"create\",")
				.append("\"root_resource\":{\"id\":\"PUSER")
				.append(i % 97)
				.append("\",\"type\":\"user_reference\"},")
				.append("\"details\":{\"description\":\"")
				.append("x".repeat(200))
				.append("\"}}");
		}
		body.append("],\"limit\":")
			.append(PAGE)
			.append(",\"next_cursor\":")
			.append((end < records) ? "\"" + end + "\"" : "null")
			.append("}");
		byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
