package io.pdkit.test.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Formats and parses the timestamps PagerDuty uses on the wire. */
public final class Times {

	private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter();

	private Times() {
	}

	/** ISO-8601 UTC with second precision, e.g. {@code 2026-01-02T03:04:05Z}. */
	public static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * Parses a date or date-time as PagerDuty accepts it (offsets with or without a
	 * colon, or none for UTC).
	 * @throws ApiError 400 when the text is not a date
	 */
	public static Instant parse(String text, String parameter) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			var parsed = LENIENT.parseBest(text, OffsetDateTime::from, java.time.LocalDateTime::from);
			if (parsed instanceof OffsetDateTime offset) {
				return offset.toInstant();
			}
			return ((java.time.LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			throw ApiError.invalidInput("Invalid '" + parameter + "' parameter value: " + text);
		}
	}

}
