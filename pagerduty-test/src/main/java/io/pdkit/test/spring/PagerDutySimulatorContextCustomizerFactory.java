package io.pdkit.test.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the simulator of a test class annotated with
 * {@link AutoConfigurePagerDutySimulator} before its context is refreshed (registered in
 * {@code META-INF/spring.factories}).
 */
final class PagerDutySimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigurePagerDutySimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigurePagerDutySimulator.class);
		return (annotation != null) ? new PagerDutySimulatorContextCustomizer(annotation.seed(), annotation.apiKey())
				: null;
	}

}
