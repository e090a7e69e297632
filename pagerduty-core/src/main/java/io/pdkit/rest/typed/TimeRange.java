package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The {@code since}/{@code until} query parameters of a time range. */
final class TimeRange {

	private TimeRange() {
	}

	static Map<String, Object> of(Instant since, Instant until) {
		Objects.requireNonNull(since, "since must not be null");
		Objects.requireNonNull(until, "until must not be null");
		if (until.isBefore(since)) {
			throw new IllegalArgumentException("until must not be before since");
		}
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("since", since.toString());
		query.put("until", until.toString());
		return query;
	}

}
