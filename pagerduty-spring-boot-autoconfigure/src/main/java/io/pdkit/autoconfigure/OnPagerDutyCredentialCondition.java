package io.pdkit.autoconfigure;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Evaluates {@link ConditionalOnPagerDutyCredential} when beans are registered, so that
 * connection details defined by the application or a test slice are seen.
 */
final class OnPagerDutyCredentialCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, @Nullable Object> attributes = Objects.requireNonNull(
				metadata.getAnnotationAttributes(ConditionalOnPagerDutyCredential.class.getName()),
				"@ConditionalOnPagerDutyCredential attributes");
		String[] names = (String[]) Objects.requireNonNull(attributes.get("value"), "value");
		boolean orDetails = Boolean.TRUE.equals(attributes.get("orConnectionDetails"));
		boolean absent = Boolean.TRUE.equals(attributes.get("absent"));
		boolean present = Arrays.stream(names).allMatch(name -> hasText(context.getEnvironment().getProperty(name)))
				|| (orDetails && hasCustomConnectionDetails(context.getBeanFactory()));
		String description = String.join(" and ", names) + (orDetails ? " (or PagerDutyConnectionDetails)" : "");
		if (present != absent) {
			return ConditionOutcome.match(description + (present ? " set" : " not set"));
		}
		return ConditionOutcome.noMatch(description + (present ? " set" : " not set"));
	}

	static boolean hasCustomConnectionDetails(@Nullable ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory == null) {
			return false;
		}
		for (String name : beanFactory.getBeanNamesForType(PagerDutyConnectionDetails.class, true, false)) {
			Class<?> type = beanFactory.getType(name, false);
			if (type != null && !PropertiesPagerDutyConnectionDetails.class.isAssignableFrom(type)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
