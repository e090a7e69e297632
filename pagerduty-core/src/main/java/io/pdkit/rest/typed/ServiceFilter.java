package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the service list ({@code GET /services}); immutable.
 *
 * <pre>{@code
 * ServiceFilter filter = ServiceFilter.create().query("web");
 * }</pre>
 */
public final class ServiceFilter extends QueryFilter<ServiceFilter> {

	private ServiceFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static ServiceFilter create() {
		return new ServiceFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the name must contain
	 * @return the copy
	 */
	public ServiceFilter query(String query) {
		return text("query", query);
	}

	/**
	 * Returns a copy with {@code name}.
	 * @param name the exact name
	 * @return the copy
	 */
	public ServiceFilter name(String name) {
		return text("name", name);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose services to list
	 * @return the copy
	 */
	public ServiceFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	/**
	 * Returns a copy with {@code sort_by}.
	 * @param sortBy the sort field, for example {@code name:desc}
	 * @return the copy
	 */
	public ServiceFilter sortBy(String sortBy) {
		return text("sort_by", sortBy);
	}

	/**
	 * Returns a copy with {@code time_zone}.
	 * @param timeZone the time zone of the returned timestamps
	 * @return the copy
	 */
	public ServiceFilter timeZone(String timeZone) {
		return text("time_zone", timeZone);
	}

	@Override
	protected ServiceFilter copy(Map<String, Object> query) {
		return new ServiceFilter(query);
	}

}
