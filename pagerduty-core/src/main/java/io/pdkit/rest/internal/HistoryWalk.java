package io.pdkit.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;

/**
 * Walks historical records between two instants with classic pagination, bisecting the
 * interval while it holds more than {@value ClassicPages#ITERATION_LIMIT} records.
 */
public final class HistoryWalk {

	/** The deepest bisection. */
	public static final int RECURSION_LIMIT = 500;

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	private final ToLongFunction<Map<String, @Nullable Object>> totals;

	private final Function<Map<String, @Nullable Object>, Stream<JsonNode>> pages;

	private final Map<String, ? extends @Nullable Object> params;

	private final String path;

	private final Logger logger;

	/**
	 * Creates the walk.
	 * @param totals returns the total for query parameters
	 * @param pages streams the records for query parameters
	 * @param params the caller's parameters (never changed)
	 * @param path the canonical path, for messages
	 * @param logger receives the warnings
	 */
	public HistoryWalk(ToLongFunction<Map<String, @Nullable Object>> totals,
			Function<Map<String, @Nullable Object>, Stream<JsonNode>> pages,
			Map<String, ? extends @Nullable Object> params, String path, Logger logger) {
		this.totals = totals;
		this.pages = pages;
		this.params = params;
		this.path = path;
		this.logger = logger;
	}

	/**
	 * Formats an instant as PagerDuty's history endpoints expect:
	 * {@code 2025-01-01T00:00:00+0000}.
	 * @param instant the instant
	 * @return the text
	 */
	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

	/**
	 * Returns the caller's parameters with {@code since} and {@code until}.
	 * @param params the caller's parameters
	 * @param since the start
	 * @param until the end
	 * @return a new map
	 */
	public static Map<String, @Nullable Object> withInterval(Map<String, ? extends @Nullable Object> params,
			Instant since, Instant until) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>(params);
		query.put("since", format(since));
		query.put("until", format(until));
		return query;
	}

	/**
	 * Streams the records of an interval lazily, in time order.
	 * @param since the start
	 * @param until the end
	 * @param depth the bisection depth
	 * @return the records
	 */
	public Stream<JsonNode> walk(Instant since, Instant until, int depth) {
		Map<String, @Nullable Object> query = withInterval(this.params, since, until);
		long total = this.totals.applyAsLong(query);
		if (total == 0) {
			return Stream.empty();
		}
		long seconds = Duration.between(since, until).getSeconds();
		boolean tooMany = total > ClassicPages.ITERATION_LIMIT;
		if (!tooMany || seconds <= 1 || depth >= RECURSION_LIMIT) {
			if (tooMany) {
				warnIncomplete(since, until, depth >= RECURSION_LIMIT && seconds > 1);
			}
			return this.pages.apply(query);
		}
		Instant middle = since.plusSeconds(seconds / 2);
		Iterator<Stream<JsonNode>> halves = List.<java.util.function.Supplier<Stream<JsonNode>>>of(
				() -> walk(since, middle, depth + 1), () -> walk(middle, until, depth + 1))
			.stream()
			.map(java.util.function.Supplier::get)
			.iterator();
		return LazyConcat.of(halves);
	}

	private void warnIncomplete(Instant since, Instant until, boolean depthReached) {
		String why = depthReached ? "the recursion depth limit has been reached"
				: "the time interval is already the minimum length (1s)";
		this.logger.warn("iterHistory on GET {}: cannot continue bisecting historical time intervals because {}, but "
				+ "the total number of results in the current requested time sub-interval ({} to {}) still exceeds the "
				+ "hard limit for classic pagination, {}. Results will be incomplete.{}", this.path, why, format(since),
				format(until), ClassicPages.ITERATION_LIMIT,
				depthReached ? " To avoid this issue, try requesting a smaller initial time interval." : "");
	}

}
