package io.pdkit.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2BaseClient;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Reports whether PagerDuty's REST API is reachable and accepts the configured
 * credential, with one cheap authenticated call ({@code GET /abilities}) whose result is
 * cached so that health probes never spend the rate limit. DOWN on 401, 403, 5xx or a
 * network failure, with the status and {@code x-request-id}; UP on any other answer (a
 * 429 shows PagerDuty is there and knows the key). Other configured clients (Events,
 * OAuth) are reported from their configuration without sending anything. Credentials are
 * shown masked.
 *
 * <pre>{@code
 * &#64;Bean
 * PagerDutyHealthIndicator pagerdutyHealthIndicator(RestApiV2Client client) {
 *     return new PagerDutyHealthIndicator(client, Duration.ofMinutes(1), Clock.systemUTC(), Map.of());
 * }
 * }</pre>
 */
public class PagerDutyHealthIndicator extends AbstractHealthIndicator {

	private static final String PROBE_PATH = "/abilities";

	private final RestApiV2BaseClient client;

	private final Duration cacheTtl;

	private final Clock clock;

	private final Map<String, Object> configuredClients;

	private volatile @Nullable Probe cached;

	/**
	 * Creates the indicator.
	 * @param client the REST client to probe with
	 * @param cacheTtl how long a result is reused
	 * @param clock the clock the cache is measured with
	 * @param configuredClients details of other configured clients (already masked)
	 */
	public PagerDutyHealthIndicator(RestApiV2BaseClient client, Duration cacheTtl, Clock clock,
			Map<String, Object> configuredClients) {
		super("PagerDuty health check failed");
		this.client = client;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
		this.configuredClients = Map.copyOf(configuredClients);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Instant now = this.clock.instant();
		Probe current = this.cached;
		if (current == null || !now.isBefore(current.checkedAt().plus(this.cacheTtl))) {
			current = probe(now);
			this.cached = current;
		}
		builder.status(current.status())
			.withDetails(current.details())
			.withDetail("checkedAt", current.checkedAt().toString());
	}

	private Probe probe(Instant now) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("baseUrl", this.client.baseUrl());
		details.put("credential", this.client.maskedCredential());
		details.putAll(this.configuredClients);
		try {
			ApiResponse response = this.client.get(PROBE_PATH);
			details.put("status", response.status());
			response.requestId().ifPresent(id -> details.put("requestId", id));
			int status = response.status();
			boolean down = status == 401 || status == 403 || status >= 500;
			return new Probe(down ? Status.DOWN : Status.UP, details, now);
		}
		catch (PagerDutyHttpException ex) {
			details.put("status", ex.status());
			ex.requestId().ifPresent(id -> details.put("requestId", id));
			return new Probe(Status.DOWN, details, now);
		}
		catch (PagerDutyException ex) {
			details.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
			return new Probe(Status.DOWN, details, now);
		}
	}

	private record Probe(Status status, Map<String, Object> details, Instant checkedAt) {
	}

}
