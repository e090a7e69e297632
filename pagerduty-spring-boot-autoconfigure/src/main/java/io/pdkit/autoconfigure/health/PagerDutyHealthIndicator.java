package io.pdkit.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyHttpException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether PagerDuty's REST API is reachable and accepts the configured credential, with one cheap
 * authenticated call ({@code GET /abilities}) whose result is cached so that health probes never spend the
 * rate limit. DOWN on 401, 403, 5xx or a network failure, with the status and {@code x-request-id}. Other
 * configured clients (Events, OAuth) are reported from their configuration without sending anything.
 * Credentials are shown masked.
 *
 * <pre>{@code
 * new PagerDutyHealthIndicator(restClient, Duration.ofMinutes(1), Clock.systemUTC(), Map.of("events", "*abcd"));
 * }</pre>
 */
public class PagerDutyHealthIndicator implements HealthIndicator {

    private static final String PROBE_PATH = "/abilities";

    private final ApiClient client;

    private final Duration cacheTtl;

    private final Clock clock;

    private final Map<String, Object> configuredClients;

    private volatile @Nullable Cached cached;

    /**
     * Creates the indicator.
     * @param client the REST client to probe with
     * @param cacheTtl how long a result is reused
     * @param clock the clock the cache is measured with
     * @param configuredClients details of other configured clients (already masked)
     */
    public PagerDutyHealthIndicator(ApiClient client, Duration cacheTtl, Clock clock, Map<String, Object> configuredClients) {
        this.client = client;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
        this.configuredClients = Map.copyOf(configuredClients);
    }

    @Override
    public Health health(boolean includeDetails) {
        Instant now = this.clock.instant();
        Cached current = this.cached;
        if (current == null || !now.isBefore(current.checkedAt().plus(this.cacheTtl))) {
            current = new Cached(probe(), now);
            this.cached = current;
        }
        Health.Builder builder = Health.status(current.health().getStatus())
            .withDetails(current.health().getDetails())
            .withDetail("checkedAt", current.checkedAt().toString());
        return (includeDetails ? builder : Health.status(current.health().getStatus())).build();
    }

    @Override
    public Health health() {
        return health(true);
    }

    private Health probe() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("baseUrl", this.client.baseUrl());
        details.put("credential", this.client.maskedCredential());
        details.putAll(this.configuredClients);
        try {
            ApiResponse response = this.client.get(PROBE_PATH);
            details.put("status", response.status());
            response.requestId().ifPresent(id -> details.put("requestId", id));
            boolean down = response.status() == 401 || response.status() == 403 || response.status() >= 500;
            return (down ? Health.down() : Health.up()).withDetails(details).build();
        }
        catch (PagerDutyHttpException ex) {
            details.put("status", ex.status());
            ex.requestId().ifPresent(id -> details.put("requestId", id));
            return Health.down().withDetails(details).build();
        }
        catch (PagerDutyException ex) {
            details.put("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return Health.down().withDetails(details).build();
        }
    }

    private record Cached(Health health, Instant checkedAt) {
    }

}
