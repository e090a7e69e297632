package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the maintenance window list ({@code GET /maintenance_windows});
 * immutable.
 *
 * <pre>{@code
 * MaintenanceWindowFilter filter = MaintenanceWindowFilter.create().filter("ongoing");
 * }</pre>
 */
public final class MaintenanceWindowFilter extends QueryFilter<MaintenanceWindowFilter> {

	private MaintenanceWindowFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static MaintenanceWindowFilter create() {
		return new MaintenanceWindowFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the description must contain
	 * @return the copy
	 */
	public MaintenanceWindowFilter query(String query) {
		return text("query", query);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose windows to list
	 * @return the copy
	 */
	public MaintenanceWindowFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	/**
	 * Returns a copy with {@code service_ids}.
	 * @param serviceIds the services whose windows to list
	 * @return the copy
	 */
	public MaintenanceWindowFilter serviceIds(String... serviceIds) {
		return strings("service_ids", serviceIds);
	}

	/**
	 * Returns a copy with {@code filter}.
	 * @param filter which windows: {@code past}, {@code future}, {@code ongoing},
	 * {@code open} or {@code all}
	 * @return the copy
	 */
	public MaintenanceWindowFilter filter(String filter) {
		return text("filter", filter);
	}

	@Override
	protected MaintenanceWindowFilter copy(Map<String, Object> query) {
		return new MaintenanceWindowFilter(query);
	}

}
