package io.pdkit.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.pdkit.core.ApiClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link PagerDutyMetricsObservationHandler} when Micrometer has a
 * {@link MeterRegistry}; Boot adds observation handler beans to the application's
 * observation registry.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, ApiClient.class })
@ConditionalOnBean(MeterRegistry.class)
public final class PagerDutyMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PagerDutyMetricsObservationHandler pagerDutyMetricsObservationHandler(MeterRegistry meterRegistry) {
		return new PagerDutyMetricsObservationHandler(meterRegistry);
	}

}
