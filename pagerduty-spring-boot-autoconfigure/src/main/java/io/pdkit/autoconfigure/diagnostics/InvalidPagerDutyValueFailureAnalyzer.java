package io.pdkit.autoconfigure.diagnostics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;

/**
 * Reports a {@code pagerduty.*} value that is not one of its enumeration's values
 * ({@code pagerduty.region=ap}, {@code pagerduty.auth-type=basic}) with the valid values
 * written as they are documented: lower case, with dashes ({@code us, eu}); runs before
 * Boot's generic report, which lists the Java constants.
 */
class InvalidPagerDutyValueFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		ConfigurationProperty property = cause.getProperty();
		Class<?> enumType = enumTarget(cause);
		if (property == null || enumType == null || !property.getName().toString().startsWith(KnownKeys.PREFIX)) {
			return null;
		}
		String valid = Arrays.stream(enumType.getEnumConstants())
			.map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.collect(Collectors.joining(", "));
		String origin = (property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "";
		String description = property.getName() + " is '" + property.getValue() + "'" + origin + ", which is not one of"
				+ " its values: " + valid + ".";
		String action = "Set " + property.getName() + " to one of: " + valid + ".";
		return new FailureAnalysis(description, action, cause);
	}

	private static @Nullable Class<?> enumTarget(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof ConversionFailedException conversion) {
				Class<?> type = conversion.getTargetType().getType();
				return type.isEnum() ? type : null;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

}
