package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the team list ({@code GET /teams}); immutable.
 *
 * <pre>{@code
 * TeamFilter filter = TeamFilter.create().query("ops");
 * }</pre>
 */
public final class TeamFilter extends QueryFilter<TeamFilter> {

	private TeamFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static TeamFilter create() {
		return new TeamFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the name must contain
	 * @return the copy
	 */
	public TeamFilter query(String query) {
		return text("query", query);
	}

	@Override
	protected TeamFilter copy(Map<String, Object> query) {
		return new TeamFilter(query);
	}

}
