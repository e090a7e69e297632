package io.pdkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pdkit.core.HttpClientType;
import io.pdkit.rest.RestApiV2Client;

/**
 * Builds 200 clients, uses each once and closes it, then prints how many threads and open
 * file descriptors this JVM has and how many connections the stub server still holds,
 * against the levels before.
 */
public final class CloseProbe {

	private static final int CLIENTS = 200;

	private static final Pattern ACTIVE = Pattern.compile("Active connections:\\s*(\\d+)");

	private CloseProbe() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("http.keepAlive", "false");
		HttpClientType type = HttpClientType.valueOf((args.length > 0) ? args[0] : "APACHE");
		useOnce(type);
		System.gc();
		int threads = threads();
		int files = openFiles();
		int connections = serverConnections();
		for (int i = 0; i < CLIENTS; i++) {
			useOnce(type);
		}
		System.gc();
		System.out.printf(
				"close %s: %d clients built, used and closed; threads %d -> %d (%+d); open files %d -> %d (%+d);"
						+ " server connections %d -> %d (%+d)%n",
				type, CLIENTS, threads, threads(), threads() - threads, files, openFiles(), openFiles() - files,
				connections, serverConnections(), serverConnections() - connections);
	}

	private static void useOnce(HttpClientType type) {
		try (RestApiV2Client client = RestApiV2Client.builder(Stub.API_KEY)
			.baseUrl(Stub.baseUrl())
			.httpClientType(type)
			.build()) {
			client.rget("/users/PUSER01");
		}
	}

	private static int threads() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

	private static int openFiles() {
		String[] fds = new File("/proc/self/fd").list();
		return (fds != null) ? fds.length : -1;
	}

	private static int serverConnections() throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(Stub.baseUrl() + "/nginx_status")
			.toURL()
			.openConnection();
		connection.setRequestProperty("Connection", "close");
		try (InputStream in = connection.getInputStream()) {
			Matcher matcher = ACTIVE.matcher(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
			return matcher.find() ? Integer.parseInt(matcher.group(1)) - 1 : -1;
		}
		finally {
			connection.disconnect();
		}
	}

}
