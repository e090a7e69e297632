package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.Map;

/**
 * The query parameters of log entry lists ({@code GET /log_entries}, {@code GET
 * /incidents/{id}/log_entries}); immutable.
 *
 * <pre>{@code
 * LogEntryFilter filter = LogEntryFilter.create().isOverview(true).since(start);
 * }</pre>
 */
public final class LogEntryFilter extends QueryFilter<LogEntryFilter> {

	private LogEntryFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static LogEntryFilter create() {
		return new LogEntryFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code since}.
	 * @param since the start of the time range
	 * @return the copy
	 */
	public LogEntryFilter since(Instant since) {
		return instant("since", since);
	}

	/**
	 * Returns a copy with {@code until}.
	 * @param until the end of the time range
	 * @return the copy
	 */
	public LogEntryFilter until(Instant until) {
		return instant("until", until);
	}

	/**
	 * Returns a copy with {@code is_overview}.
	 * @param isOverview whether to list only the most important changes
	 * @return the copy
	 */
	public LogEntryFilter isOverview(boolean isOverview) {
		return param("is_overview", isOverview);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose entries to list (account-wide list only)
	 * @return the copy
	 */
	public LogEntryFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	/**
	 * Returns a copy with {@code time_zone}.
	 * @param timeZone the time zone of the returned timestamps
	 * @return the copy
	 */
	public LogEntryFilter timeZone(String timeZone) {
		return text("time_zone", timeZone);
	}

	@Override
	protected LogEntryFilter copy(Map<String, Object> query) {
		return new LogEntryFilter(query);
	}

}
