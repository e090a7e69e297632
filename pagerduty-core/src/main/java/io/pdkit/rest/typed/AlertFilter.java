package io.pdkit.rest.typed;

import java.util.Map;

import io.pdkit.rest.model.Alert;

/**
 * The query parameters of an incident's alert list ({@code GET /incidents/{id}/alerts});
 * immutable.
 *
 * <pre>{@code
 * AlertFilter filter = AlertFilter.create().statuses(Alert.Status.TRIGGERED);
 * }</pre>
 */
public final class AlertFilter extends QueryFilter<AlertFilter> {

	private AlertFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static AlertFilter create() {
		return new AlertFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code statuses}.
	 * @param statuses the statuses to list
	 * @return the copy
	 */
	public AlertFilter statuses(Alert.Status... statuses) {
		return enums("statuses", Alert.Status::value, statuses);
	}

	/**
	 * Returns a copy with {@code alert_key}.
	 * @param alertKey the de-duplication key of the alert
	 * @return the copy
	 */
	public AlertFilter alertKey(String alertKey) {
		return text("alert_key", alertKey);
	}

	/**
	 * Returns a copy with {@code sort_by}.
	 * @param sortBy the sort field, for example {@code created_at:desc}
	 * @return the copy
	 */
	public AlertFilter sortBy(String sortBy) {
		return text("sort_by", sortBy);
	}

	@Override
	protected AlertFilter copy(Map<String, Object> query) {
		return new AlertFilter(query);
	}

}
