package io.pdkit.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How serious the problem a trigger event reports is, as PagerDuty's
 * {@code payload.severity} field.
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvent.builder("Disk full", "db01").severity(Severity.WARNING).build();
 * Severity parsed = Severity.of("error");
 * }</pre>
 */
public enum Severity {

	/** {@code critical}: the default, as in python-pagerduty. */
	CRITICAL,

	/** {@code error}. */
	ERROR,

	/** {@code warning}. */
	WARNING,

	/** {@code info}. */
	INFO;

	/** The values PagerDuty accepts, comma separated, for messages. */
	static final String ACCEPTED = Arrays.stream(values()).map(Severity::value).collect(Collectors.joining(", "));

	/**
	 * Returns the value sent to PagerDuty.
	 * @return the lower-case name, for example {@code critical}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a severity, ignoring case and surrounding spaces.
	 * @param value {@code critical}, {@code error}, {@code warning} or {@code info}
	 * @return the severity
	 * @throws IllegalArgumentException naming {@code severity} if the value is not one of
	 * the four
	 */
	public static Severity of(@Nullable String value) {
		if (value != null) {
			String wanted = value.trim().toLowerCase(Locale.ROOT);
			for (Severity severity : values()) {
				if (severity.value().equals(wanted)) {
					return severity;
				}
			}
		}
		throw new IllegalArgumentException("severity must be one of " + ACCEPTED + ", was '" + value + "'");
	}

}
