package io.pdkit.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration: a number of seconds ({@code 30}, {@code 2.5}), a number with
 * a unit ({@code 500ms}, {@code 30s}, {@code 2m}) or an ISO-8601 duration
 * ({@code PT30S}).
 */
final class DurationConverter implements ITypeConverter<Duration> {

	private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

	@Override
	public Duration convert(String value) {
		Duration duration = parse(value.trim());
		if (duration.isNegative() || duration.isZero()) {
			throw new TypeConversionException("must be a positive duration, was '" + value + "'");
		}
		return duration;
	}

	private static Duration parse(String value) {
		if (value.toUpperCase(Locale.ROOT).startsWith("PT")) {
			try {
				return Duration.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw invalid(value);
			}
		}
		Matcher matcher = WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw invalid(value);
		}
		BigDecimal amount = new BigDecimal(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		BigDecimal millis = switch (unit) {
			case "ms" -> amount;
			case "m" -> amount.multiply(BigDecimal.valueOf(60_000));
			default -> amount.multiply(BigDecimal.valueOf(1000));
		};
		return Duration.ofMillis(millis.longValue());
	}

	private static TypeConversionException invalid(String value) {
		return new TypeConversionException("'" + value + "' is not a duration; use seconds (30, 2.5), a unit "
				+ "(500ms, 30s, 2m) or ISO-8601 (PT30S)");
	}

}
