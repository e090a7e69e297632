package io.pdkit.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes and checks the ISO-8601 timestamps of events.
 */
public final class EventTimestamps {

	private static final List<DateTimeFormatter> ACCEPTED = List.of(offsetFormatter("+HH:MM"), offsetFormatter("+HHMM"),
			offsetFormatter("+HH"));

	private EventTimestamps() {
	}

	/**
	 * Formats an instant in UTC, for example {@code 2020-03-25T00:00:00Z} or
	 * {@code 2026-11-26T13:53:35.136823Z}.
	 * @param instant the instant
	 * @return the ISO-8601 text
	 */
	public static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	/**
	 * Formats the current time of a clock in UTC with at most microseconds, as
	 * python-pagerduty does.
	 * @param clock the clock
	 * @return the ISO-8601 text
	 */
	public static String now(Clock clock) {
		return format(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Returns whether text is an ISO-8601 date-time with a UTC offset ({@code Z},
	 * {@code +01:00} or {@code +0100}).
	 * @param text the text
	 * @return {@code true} if PagerDuty can read it
	 */
	public static boolean isIsoDateTime(String text) {
		for (DateTimeFormatter formatter : ACCEPTED) {
			try {
				formatter.parse(text);
				return true;
			}
			catch (DateTimeParseException ex) {
				// try the next offset style
			}
		}
		return false;
	}

	private static DateTimeFormatter offsetFormatter(String offsetPattern) {
		return new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
			.appendOffset(offsetPattern, "Z")
			.toFormatter();
	}

}
