package io.pdkit.autoconfigure;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Contributes {@link PagerDutySanitizingFunction} so that actuator endpoints never show
 * pdkit's secrets.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class PagerDutyActuatorAutoConfiguration {

	@Bean
	PagerDutySanitizingFunction pagerDutySanitizingFunction() {
		return new PagerDutySanitizingFunction();
	}

}
