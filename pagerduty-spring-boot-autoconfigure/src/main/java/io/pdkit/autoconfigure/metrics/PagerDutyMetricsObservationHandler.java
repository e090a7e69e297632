package io.pdkit.autoconfigure.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.pdkit.core.PagerDutyRequestContext;

/**
 * Derives two meters from each finished {@link PagerDutyRequestContext}: the counter
 * {@code pagerduty.client.retries} (tags {@code api}, {@code endpoint}, {@code reason})
 * and the gauge {@code pagerduty.client.rate-limit.remaining} (tag {@code api}) from
 * PagerDuty's {@code ratelimit-remaining} header. The timer
 * {@code pagerduty.client.requests} comes from the observation itself.
 *
 * <pre>{@code
 * observationRegistry.observationConfig().observationHandler(new PagerDutyMetricsObservationHandler(meterRegistry));
 * }</pre>
 */
public class PagerDutyMetricsObservationHandler implements ObservationHandler<PagerDutyRequestContext> {

	/** The retry counter's name. */
	public static final String RETRIES = "pagerduty.client.retries";

	/** The rate-limit gauge's name. */
	public static final String RATE_LIMIT_REMAINING = "pagerduty.client.rate-limit.remaining";

	private final MeterRegistry meterRegistry;

	private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();

	/**
	 * Creates the handler.
	 * @param meterRegistry where the meters go
	 */
	public PagerDutyMetricsObservationHandler(MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof PagerDutyRequestContext;
	}

	@Override
	public void onStop(PagerDutyRequestContext context) {
		context.retryReason()
			.ifPresent(reason -> Counter.builder(RETRIES)
				.description("Requests a PagerDuty client sends again, by reason")
				.tags("api", context.api(), "endpoint", context.endpoint(), "reason", reason.tagValue())
				.register(this.meterRegistry)
				.increment());
		String header = context.responseHeaders().getFirst("ratelimit-remaining");
		if (header != null) {
			try {
				gauge(context.api()).set(Long.parseLong(header.trim()));
			}
			catch (NumberFormatException ex) {
				// a malformed header leaves the gauge at its last value
			}
		}
	}

	private AtomicLong gauge(String api) {
		return this.remaining.computeIfAbsent(api, key -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder(RATE_LIMIT_REMAINING, value, AtomicLong::get)
				.description(
						"Requests left in PagerDuty's current rate-limit window, from the ratelimit-remaining header")
				.tag("api", key)
				.register(this.meterRegistry);
			return value;
		});
	}

}
