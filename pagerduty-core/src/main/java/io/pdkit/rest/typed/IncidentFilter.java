package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.Map;

import io.pdkit.rest.model.Incident;

/**
 * The query parameters of the incident list ({@code GET /incidents}); immutable.
 *
 * <pre>{@code
 * IncidentFilter filter = IncidentFilter.create().statuses(Incident.Status.TRIGGERED).serviceIds("PSVC001");
 * }</pre>
 */
public final class IncidentFilter extends QueryFilter<IncidentFilter> {

	private IncidentFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static IncidentFilter create() {
		return new IncidentFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code statuses}.
	 * @param statuses the statuses to list
	 * @return the copy
	 */
	public IncidentFilter statuses(Incident.Status... statuses) {
		return enums("statuses", Incident.Status::value, statuses);
	}

	/**
	 * Returns a copy with {@code urgencies}.
	 * @param urgencies the urgencies to list
	 * @return the copy
	 */
	public IncidentFilter urgencies(Incident.Urgency... urgencies) {
		return enums("urgencies", Incident.Urgency::value, urgencies);
	}

	/**
	 * Returns a copy with {@code service_ids}.
	 * @param serviceIds the services whose incidents to list
	 * @return the copy
	 */
	public IncidentFilter serviceIds(String... serviceIds) {
		return strings("service_ids", serviceIds);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose incidents to list
	 * @return the copy
	 */
	public IncidentFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	/**
	 * Returns a copy with {@code user_ids}.
	 * @param userIds the users whose assigned incidents to list
	 * @return the copy
	 */
	public IncidentFilter userIds(String... userIds) {
		return strings("user_ids", userIds);
	}

	/**
	 * Returns a copy with {@code since}.
	 * @param since the start of the time range
	 * @return the copy
	 */
	public IncidentFilter since(Instant since) {
		return instant("since", since);
	}

	/**
	 * Returns a copy with {@code until}.
	 * @param until the end of the time range
	 * @return the copy
	 */
	public IncidentFilter until(Instant until) {
		return instant("until", until);
	}

	/**
	 * Returns a copy with {@code date_range}: ignores {@code since}/{@code until} and
	 * lists incidents of any time.
	 * @return the copy
	 */
	public IncidentFilter dateRangeAll() {
		return param("date_range", "all");
	}

	/**
	 * Returns a copy with {@code incident_key}.
	 * @param incidentKey the de-duplication key of the incident
	 * @return the copy
	 */
	public IncidentFilter incidentKey(String incidentKey) {
		return text("incident_key", incidentKey);
	}

	/**
	 * Returns a copy with {@code sort_by}.
	 * @param sortBy the sort fields, for example {@code created_at:desc}
	 * @return the copy
	 */
	public IncidentFilter sortBy(String... sortBy) {
		return strings("sort_by", sortBy);
	}

	/**
	 * Returns a copy with {@code time_zone}.
	 * @param timeZone the time zone of the returned timestamps
	 * @return the copy
	 */
	public IncidentFilter timeZone(String timeZone) {
		return text("time_zone", timeZone);
	}

	@Override
	protected IncidentFilter copy(Map<String, Object> query) {
		return new IncidentFilter(query);
	}

}
