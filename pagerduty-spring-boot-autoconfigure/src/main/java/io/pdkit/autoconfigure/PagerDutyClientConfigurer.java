package io.pdkit.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import io.pdkit.autoconfigure.PagerDutyProperties.RetryProperties;
import io.pdkit.core.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Applies the shared {@code pagerduty.*} settings, the application's JSON mapper and
 * observation registry, the HTTP stack and the {@link PagerDutyClientCustomizer} beans
 * (in order) to a client builder.
 */
final class PagerDutyClientConfigurer {

	private final PagerDutyProperties properties;

	private final PagerDutyHttpStack httpStack;

	private final ObjectProvider<ObservationRegistry> observationRegistry;

	private final ObjectProvider<JsonMapper> jsonMapper;

	private final ObjectProvider<PagerDutyClientCustomizer> customizers;

	private final PagerDutyConnectionDetails connectionDetails;

	PagerDutyClientConfigurer(PagerDutyProperties properties, PagerDutyHttpStack httpStack,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<PagerDutyClientCustomizer> customizers, PagerDutyConnectionDetails connectionDetails) {
		this.properties = properties;
		this.httpStack = httpStack;
		this.observationRegistry = observationRegistry;
		this.jsonMapper = jsonMapper;
		this.customizers = customizers;
		this.connectionDetails = connectionDetails;
	}

	PagerDutyProperties properties() {
		return this.properties;
	}

	PagerDutyConnectionDetails connectionDetails() {
		return this.connectionDetails;
	}

	<B extends ApiClient.Builder<?, B>> B configure(B builder, @Nullable String url, RetryProperties retry,
			String retryPrefix) {
		builder.region(this.properties.getRegion()).debug(this.properties.isDebug());
		if (url != null) {
			builder.baseUrl(url);
		}
		builder.retrySettings(RetrySettingsMerger.merge(builder.retrySettings(), retry, retryPrefix));
		this.jsonMapper.ifAvailable(builder::jsonMapper);
		this.observationRegistry.ifAvailable(builder::observationRegistry);
		this.httpStack.apply(builder, this.properties);
		this.customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
		return builder;
	}

}
