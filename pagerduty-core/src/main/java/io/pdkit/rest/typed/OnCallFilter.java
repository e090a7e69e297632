package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.Map;

/**
 * The query parameters of the on-call list ({@code GET /oncalls}); immutable.
 *
 * <pre>{@code
 * OnCallFilter filter = OnCallFilter.create().scheduleIds("PSCHED1").since(start).until(end);
 * }</pre>
 */
public final class OnCallFilter extends QueryFilter<OnCallFilter> {

	private OnCallFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static OnCallFilter create() {
		return new OnCallFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code user_ids}.
	 * @param userIds the users whose on-calls to list
	 * @return the copy
	 */
	public OnCallFilter userIds(String... userIds) {
		return strings("user_ids", userIds);
	}

	/**
	 * Returns a copy with {@code escalation_policy_ids}.
	 * @param escalationPolicyIds the escalation policies whose on-calls to list
	 * @return the copy
	 */
	public OnCallFilter escalationPolicyIds(String... escalationPolicyIds) {
		return strings("escalation_policy_ids", escalationPolicyIds);
	}

	/**
	 * Returns a copy with {@code schedule_ids}.
	 * @param scheduleIds the schedules whose on-calls to list
	 * @return the copy
	 */
	public OnCallFilter scheduleIds(String... scheduleIds) {
		return strings("schedule_ids", scheduleIds);
	}

	/**
	 * Returns a copy with {@code since}.
	 * @param since the start of the time range
	 * @return the copy
	 */
	public OnCallFilter since(Instant since) {
		return instant("since", since);
	}

	/**
	 * Returns a copy with {@code until}.
	 * @param until the end of the time range
	 * @return the copy
	 */
	public OnCallFilter until(Instant until) {
		return instant("until", until);
	}

	/**
	 * Returns a copy with {@code earliest}: keeps only the earliest on-call of each user,
	 * policy and level.
	 * @return the copy
	 */
	public OnCallFilter earliest() {
		return param("earliest", true);
	}

	/**
	 * Returns a copy with {@code time_zone}.
	 * @param timeZone the time zone of the returned timestamps
	 * @return the copy
	 */
	public OnCallFilter timeZone(String timeZone) {
		return text("time_zone", timeZone);
	}

	@Override
	protected OnCallFilter copy(Map<String, Object> query) {
		return new OnCallFilter(query);
	}

}
