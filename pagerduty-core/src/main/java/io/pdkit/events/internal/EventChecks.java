package io.pdkit.events.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The checks the Events API client makes before sending, each with a message naming the
 * field. The limits are PagerDuty's: a summary of at most 1,024 characters, a dedup key
 * of at most 255 and an event of at most 512 KB.
 */
public final class EventChecks {

	/** The longest summary PagerDuty accepts, in characters. */
	public static final int MAX_SUMMARY_LENGTH = 1024;

	/** The longest dedup key PagerDuty accepts, in characters. */
	public static final int MAX_DEDUP_KEY_LENGTH = 255;

	/** The largest event PagerDuty accepts, in bytes of JSON (512 KB). */
	public static final int MAX_EVENT_BYTES = 512 * 1024;

	private EventChecks() {
	}

	/**
	 * Requires text that is neither null nor blank.
	 * @param value the value
	 * @param field the field name for the message
	 * @return the value
	 */
	public static String requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be null or blank");
		}
		return value;
	}

	/**
	 * Allows {@code null} but not blank text.
	 * @param value the value
	 * @param field the field name for the message
	 * @return the value
	 */
	public static @Nullable String optionalText(@Nullable String value, String field) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank; leave it unset instead");
		}
		return value;
	}

	/**
	 * Requires a summary: not blank and at most {@value #MAX_SUMMARY_LENGTH} characters.
	 * @param summary the summary
	 * @param field the field name for the message
	 * @return the summary
	 */
	public static String requireSummary(@Nullable String summary, String field) {
		String text = requireText(summary, field);
		int length = text.codePointCount(0, text.length());
		if (length > MAX_SUMMARY_LENGTH) {
			throw new IllegalArgumentException(
					field + " must be at most " + MAX_SUMMARY_LENGTH + " characters, was " + length);
		}
		return text;
	}

	/**
	 * Checks a dedup key: at most {@value #MAX_DEDUP_KEY_LENGTH} characters, not blank,
	 * and present when the action needs one.
	 * @param dedupKey the key, or {@code null}
	 * @param field the field name for the message
	 * @param requiredFor the action that needs a key (for the message), or {@code null}
	 * if it is optional
	 * @return the key
	 */
	public static @Nullable String checkDedupKey(@Nullable String dedupKey, String field,
			@Nullable String requiredFor) {
		if (dedupKey == null || dedupKey.isBlank()) {
			if (requiredFor != null) {
				throw new IllegalArgumentException(
						field + " is required for " + requiredFor + " events and must not be blank");
			}
			if (dedupKey != null) {
				throw new IllegalArgumentException(
						field + " must not be blank; leave it unset to let PagerDuty " + "generate one");
			}
			return null;
		}
		int length = dedupKey.codePointCount(0, dedupKey.length());
		if (length > MAX_DEDUP_KEY_LENGTH) {
			throw new IllegalArgumentException(
					field + " must be at most " + MAX_DEDUP_KEY_LENGTH + " characters, was " + length);
		}
		return dedupKey;
	}

	/**
	 * Copies a map of custom details, refusing a {@code null} map or key.
	 * @param details the caller's map, never changed
	 * @param field the field name for the message
	 * @return an unmodifiable copy in the caller's order
	 */
	public static Map<String, @Nullable Object> copyDetails(@Nullable Map<String, ? extends @Nullable Object> details,
			String field) {
		if (details == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		Map<String, @Nullable Object> copy = new LinkedHashMap<>();
		details.forEach((key, value) -> {
			if (key == null) {
				throw new IllegalArgumentException(field + " must not contain a null key");
			}
			copy.put(key, value);
		});
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * Copies a list, refusing a {@code null} list or element.
	 * @param <T> the element type
	 * @param list the caller's list, never changed
	 * @param field the field name for the message
	 * @return an unmodifiable copy
	 */
	public static <T> List<T> copyList(@Nullable List<? extends T> list, String field) {
		if (list == null) {
			throw new IllegalArgumentException(field + " must not be null");
		}
		List<T> copy = new ArrayList<>(list.size());
		for (T element : list) {
			if (element == null) {
				throw new IllegalArgumentException(field + " must not contain null");
			}
			copy.add(element);
		}
		return Collections.unmodifiableList(copy);
	}

	/**
	 * Checks the size of a serialized event, routing key included.
	 * @param bytes the size in bytes
	 */
	public static void checkSize(int bytes) {
		if (bytes > MAX_EVENT_BYTES) {
			throw new IllegalArgumentException("event must be at most " + MAX_EVENT_BYTES
					+ " bytes (512 KB) when serialized, was " + bytes + " bytes");
		}
	}

}
