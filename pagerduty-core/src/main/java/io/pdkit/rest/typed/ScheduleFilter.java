package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the schedule list ({@code GET /schedules}); immutable.
 *
 * <pre>{@code
 * ScheduleFilter filter = ScheduleFilter.create().query("primary");
 * }</pre>
 */
public final class ScheduleFilter extends QueryFilter<ScheduleFilter> {

	private ScheduleFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static ScheduleFilter create() {
		return new ScheduleFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the name must contain
	 * @return the copy
	 */
	public ScheduleFilter query(String query) {
		return text("query", query);
	}

	/**
	 * Returns a copy with {@code time_zone}.
	 * @param timeZone the time zone of the returned timestamps
	 * @return the copy
	 */
	public ScheduleFilter timeZone(String timeZone) {
		return text("time_zone", timeZone);
	}

	@Override
	protected ScheduleFilter copy(Map<String, Object> query) {
		return new ScheduleFilter(query);
	}

}
