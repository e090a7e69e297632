package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the user list ({@code GET /users}); immutable.
 *
 * <pre>{@code
 * UserFilter filter = UserFilter.create().query("ann").teamIds("PTEAM01");
 * }</pre>
 */
public final class UserFilter extends QueryFilter<UserFilter> {

	private UserFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static UserFilter create() {
		return new UserFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the name or email must contain
	 * @return the copy
	 */
	public UserFilter query(String query) {
		return text("query", query);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose members to list
	 * @return the copy
	 */
	public UserFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	@Override
	protected UserFilter copy(Map<String, Object> query) {
		return new UserFilter(query);
	}

}
