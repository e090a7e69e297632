package io.pdkit.core;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code pagerduty.client.requests} observation. Implement it to
 * change the tags; the default is {@link DefaultPagerDutyObservationConvention}.
 *
 * <pre>{@code
 * RestApiV2Client client = RestApiV2Client.builder(apiKey)
 *         .observationRegistry(registry)
 *         .observationConvention(new MyConvention())
 *         .build();
 * }</pre>
 */
public interface PagerDutyObservationConvention extends ObservationConvention<PagerDutyRequestContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof PagerDutyRequestContext;
	}

}
