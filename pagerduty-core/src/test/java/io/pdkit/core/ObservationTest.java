package io.pdkit.core;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ObservationTest {

	@Test
	void eachAttemptShouldBeObservedWithLowCardinalityTagsAndRetryReason() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		List<String> reasons = new ArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<PagerDutyRequestContext>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof PagerDutyRequestContext;
			}

			@Override
			public void onStop(PagerDutyRequestContext context) {
				reasons.add(context.retryReason().map(RetryReason::tagValue).orElse("none"));
			}
		});
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(429, ScriptedRequestFactory.NETWORK_ERROR,
				200, 200);
		TestApiClient client = TestApiClient.builder("abcdefgh1234")
			.requestFactory(factory)
			.observationRegistry(registry)
			.sleeper(duration -> {
			})
			.build();

		client.get("/users/PABC123");
		client.get("/services");

		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("pagerduty.client.requests", 4);
		assertThat(registry).hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("api", "test")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("endpoint", "/users/{id}")
			.hasLowCardinalityKeyValue("status", "429")
			.hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
			.hasContextualNameEqualTo("pagerduty test GET /users/{id}")
			.doesNotHaveError());
		assertThat(registry).hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("status", "IO_ERROR")
			.hasLowCardinalityKeyValue("outcome", "UNKNOWN")
			.hasError());
		assertThat(registry)
			.hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("endpoint", "UNKNOWN")
				.hasLowCardinalityKeyValue("status", "200")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS"));
		assertThat(reasons).containsExactly("rate_limited", "network_error", "none", "none");
	}

}
