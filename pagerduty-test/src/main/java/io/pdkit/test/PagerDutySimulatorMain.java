package io.pdkit.test;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import io.pdkit.test.internal.LauncherOptions;

/**
 * Runs a {@link PagerDutySimulator} until the process is stopped:
 * {@code java -jar pagerduty-test-0.1.0-SNAPSHOT-simulator.jar --port 8089 --seed demo}.
 */
public final class PagerDutySimulatorMain {

	private PagerDutySimulatorMain() {
	}

	/**
	 * Parses the arguments, starts the simulator, prints its URLs and keys, and waits
	 * until the process is stopped. Exits with status 2 on a usage error.
	 * @param args
	 * {@code [--port N] [--seed demo|empty] [--api-key KEY]… [--oauth-client ID:SECRET]… [--help]}
	 * @throws InterruptedException when the waiting main thread is interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		LauncherOptions options;
		try {
			options = LauncherOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println(LauncherOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.out.println(LauncherOptions.USAGE);
			return;
		}
		PagerDutySimulator sim = start(options);
		describe(sim, options, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			sim.close();
			stopped.countDown();
		}, "pagerduty-simulator-shutdown"));
		stopped.await();
	}

	/** Starts a simulator configured by the options. */
	static PagerDutySimulator start(LauncherOptions options) {
		PagerDutySimulator.Builder builder = PagerDutySimulator.builder().port(options.port()).seed(options.seed());
		if (options.apiKey() != null) {
			builder.apiKey(options.apiKey());
		}
		options.moreApiKeys().forEach(builder::acceptApiKey);
		options.oauthClients().forEach(builder::oauthClient);
		if (options.publicUrl() != null) {
			builder.publicBaseUrl(options.publicUrl());
		}
		return builder.start();
	}

	/** Prints where the simulator listens and which credentials to use. */
	static void describe(PagerDutySimulator sim, LauncherOptions options, PrintStream out) {
		out.println("PagerDuty simulator running (seed " + options.seed().name().toLowerCase(Locale.ROOT) + ")");
		out.println("  REST API v2 base URL:   " + sim.restBaseUrl());
		out.println("  Events API v2 base URL: " + sim.eventsBaseUrl() + "  (POST /v2/enqueue, /v2/change/enqueue)");
		String key = options.apiKey() == null ? sim.apiKey() : "<the key given with --api-key>";
		out.println("  API key:                " + key + "  (other keys answer 401)");
		if (!options.oauthClients().isEmpty()) {
			out.println("  OAuth token endpoint:   " + sim.oauthBaseUrl() + "/oauth/token  (clients "
					+ String.join(", ", options.oauthClients().keySet()) + "; app-token scope "
					+ PagerDutySimulator.OAUTH_ACCOUNT_SCOPE + ")");
		}
		if (!sim.routingKeys().isEmpty()) {
			out.println("  Routing key:            " + sim.routingKey());
		}
		out.println("  From header:            " + sim.ownerEmail());
		out.println("Try: curl -H 'Authorization: Token token=" + key + "' " + sim.restBaseUrl() + "/incidents");
		out.println("Press Ctrl+C to stop.");
	}

}
