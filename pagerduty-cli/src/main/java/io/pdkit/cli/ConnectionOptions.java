package io.pdkit.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.pdkit.core.Region;
import io.pdkit.core.RetrySettings;
import io.pdkit.events.EventsApiV2Client;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares: the routing key and how to reach PagerDuty.
 */
final class ConnectionOptions {

	@Spec(Spec.Target.MIXEE)
	@Nullable CommandSpec spec;

	@Option(names = { "-k", "--routing-key" }, paramLabel = "KEY",
			description = "Integration key of an Events API v2 integration (default: $PAGERDUTY_ROUTING_KEY).")
	@Nullable String routingKey;

	@Option(names = "--region", paramLabel = "us|eu", description = "Service region: us (default) or eu.")
	Region region = Region.US;

	@Option(names = "--url", paramLabel = "URL",
			description = "Base URL instead of the region's, e.g. a local simulator (https, or http on loopback). "
					+ "Without it, events go to PagerDuty's production Events API: https://events.pagerduty.com "
					+ "(us) or https://events.eu.pagerduty.com (eu).")
	@Nullable String url;

	@Option(names = { "-v", "--verbose" },
			description = "Print where the event is sent (and whether that is PagerDuty's production API) on "
					+ "standard error.")
	boolean verbose;

	@Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
			description = "Connect and read timeout: seconds (30, 2.5), 500ms, 30s, 2m or PT30S "
					+ "(default: 10 s to connect, 60 s to read).")
	@Nullable Duration timeout;

	@Option(names = "--max-attempts", paramLabel = "N",
			description = "At most N attempts after network errors and after 5xx responses; 1 disables those "
					+ "retries (default: 4 for network errors, 3 to 7 per 5xx status). 429 is always retried.")
	@Nullable Integer maxAttempts;

	EventsApiV2Client open(CliEnvironment environment) {
		String key = (this.routingKey != null && !this.routingKey.isBlank()) ? this.routingKey.trim()
				: environment.routingKey();
		if (key == null) {
			throw usageError(
					"A routing key is required: pass -k/--routing-key or set " + CliEnvironment.ROUTING_KEY_VARIABLE);
		}
		EventsApiV2Client.Builder builder = EventsApiV2Client.builder(key)
			.region(this.region)
			.sleeper(environment.sleeper());
		if (this.url != null) {
			try {
				builder.baseUrl(this.url);
			}
			catch (IllegalArgumentException ex) {
				throw usageError("Invalid value for option '--url': " + ex.getMessage());
			}
		}
		if (this.timeout != null) {
			builder.timeout(this.timeout).connectTimeout(this.timeout);
		}
		if (this.maxAttempts != null) {
			builder.retrySettings(limitAttempts(builder.retrySettings(), this.maxAttempts));
		}
		EventsApiV2Client client = builder.build();
		if (this.verbose) {
			environment.err()
				.println((this.url == null)
						? "Sending to " + client.baseUrl() + ", PagerDuty's production Events API (region "
								+ this.region.name().toLowerCase(Locale.ROOT) + "; --url changes it)"
						: "Sending to " + client.baseUrl() + " (--url)");
		}
		return client;
	}

	private RetrySettings limitAttempts(RetrySettings preset, int attempts) {
		if (attempts < 1) {
			throw usageError("--max-attempts must be at least 1, was " + attempts);
		}
		int retries = attempts - 1;
		Map<Integer, Integer> serverErrors = new HashMap<>();
		preset.statuses()
			.keySet()
			.stream()
			.filter(status -> status >= 500)
			.forEach(status -> serverErrors.put(status, retries));
		return preset.withStatuses(serverErrors)
			.withMaxHttpAttempts(Math.max(0, retries - 1))
			.withMaxNetworkAttempts(retries);
	}

	private ParameterException usageError(String message) {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return new ParameterException(this.spec.commandLine(), message);
	}

}
