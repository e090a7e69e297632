package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.Seed;

/**
 * The standalone launcher's command line:
 * {@code [--port N] [--seed demo|empty] [--api-key KEY]…
 * [--oauth-client ID:SECRET]… [--help]}.
 *
 * @param apiKey the first {@code --api-key}, or null to use the demo key
 * @param moreApiKeys the keys of further {@code --api-key} options, also accepted
 * @param oauthClients the OAuth clients of {@code --oauth-client} options, id to secret
 * @param publicUrl the {@code --public-url} that {@code self} links start with, or null
 * for the simulator's own
 */
public record LauncherOptions(int port, Seed seed, @Nullable String apiKey, List<String> moreApiKeys,
		Map<String, String> oauthClients, @Nullable String publicUrl, boolean help) {

	/** The port used when none is given. */
	public static final int DEFAULT_PORT = 8089;

	/** The usage text. */
	public static final String USAGE = String.join(System.lineSeparator(),
			"Usage: java -jar pagerduty-test-simulator.jar [--port N] [--seed demo|empty] [--api-key KEY]..."
					+ " [--oauth-client ID:SECRET]...",
			"  --port N                 port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 picks a free one)",
			"  --seed S                 demo (default): users, teams, services, incidents; empty: only the key's owner",
			"  --api-key KEY            accept this API key instead of the demo key; repeat to accept several",
			"  --oauth-client ID:SECRET register an OAuth client with the token endpoint /oauth/token; repeatable",
			"  --public-url URL         base URL of self links, e.g. a TLS front https://127.0.0.1:8443",
			"  --help                   print this help");

	/** Copies the collections. */
	public LauncherOptions {
		moreApiKeys = List.copyOf(moreApiKeys);
		oauthClients = Map.copyOf(oauthClients);
	}

	/**
	 * Parses the arguments ({@code --name value} or {@code --name=value}).
	 * @throws IllegalArgumentException with a message naming the offending argument
	 */
	public static LauncherOptions parse(String... args) {
		int port = DEFAULT_PORT;
		Seed seed = Seed.DEMO;
		String apiKey = null;
		List<String> moreApiKeys = new ArrayList<>();
		Map<String, String> oauthClients = new LinkedHashMap<>();
		String publicUrl = null;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.equals("--help") || name.equals("-h")) {
				help = true;
				continue;
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(name + " needs a value");
			}
			switch (name) {
				case "--port" -> port = port(value);
				case "--seed" -> seed = seed(value);
				case "--api-key" -> {
					if (apiKey == null) {
						apiKey = apiKey(value);
					}
					else {
						moreApiKeys.add(apiKey(value));
					}
				}
				case "--oauth-client" -> oauthClient(value, oauthClients);
				case "--public-url" -> publicUrl = publicUrl(value);
				default -> throw new IllegalArgumentException("Unknown option: " + name);
			}
		}
		return new LauncherOptions(port, seed, apiKey, moreApiKeys, oauthClients, publicUrl, help);
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65_535) {
				return port;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("--port must be a number between 0 and 65535: " + value);
	}

	private static Seed seed(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "demo" -> Seed.DEMO;
			case "empty" -> Seed.EMPTY;
			default -> throw new IllegalArgumentException("--seed must be demo or empty: " + value);
		};
	}

	private static String apiKey(String value) {
		if (value.isBlank()) {
			throw new IllegalArgumentException("--api-key must not be blank");
		}
		return value;
	}

	private static String publicUrl(String value) {
		if (!value.startsWith("http://") && !value.startsWith("https://")) {
			throw new IllegalArgumentException("--public-url must start with http:// or https://: " + value);
		}
		return value;
	}

	private static void oauthClient(String value, Map<String, String> clients) {
		int colon = value.indexOf(':');
		if (colon < 1 || colon == value.length() - 1 || value.isBlank()) {
			throw new IllegalArgumentException("--oauth-client must be CLIENT_ID:CLIENT_SECRET");
		}
		clients.put(value.substring(0, colon), value.substring(colon + 1));
	}

	/** Describes the options without revealing the API key. */
	@Override
	public String toString() {
		return "LauncherOptions[port=" + port + ", seed=" + seed + ", apiKey=" + (apiKey == null ? "demo" : "****")
				+ ", moreApiKeys=" + moreApiKeys.size() + ", oauthClients=" + oauthClients.keySet() + ", help=" + help
				+ "]";
	}
}
