package io.pdkit.rest.typed;

import java.util.Map;

/**
 * The query parameters of the escalation policy list ({@code GET /escalation_policies});
 * immutable.
 *
 * <pre>{@code
 * EscalationPolicyFilter filter = EscalationPolicyFilter.create().userIds("PUSER01");
 * }</pre>
 */
public final class EscalationPolicyFilter extends QueryFilter<EscalationPolicyFilter> {

	private EscalationPolicyFilter(Map<String, Object> query) {
		super(query);
	}

	/**
	 * Returns a filter without parameters: the API's defaults.
	 * @return the filter
	 */
	public static EscalationPolicyFilter create() {
		return new EscalationPolicyFilter(Map.of());
	}

	/**
	 * Returns a copy with {@code query}.
	 * @param query text that the name must contain
	 * @return the copy
	 */
	public EscalationPolicyFilter query(String query) {
		return text("query", query);
	}

	/**
	 * Returns a copy with {@code user_ids}.
	 * @param userIds the users the policies must notify
	 * @return the copy
	 */
	public EscalationPolicyFilter userIds(String... userIds) {
		return strings("user_ids", userIds);
	}

	/**
	 * Returns a copy with {@code team_ids}.
	 * @param teamIds the teams whose policies to list
	 * @return the copy
	 */
	public EscalationPolicyFilter teamIds(String... teamIds) {
		return strings("team_ids", teamIds);
	}

	/**
	 * Returns a copy with {@code sort_by}.
	 * @param sortBy the sort field, for example {@code name:desc}
	 * @return the copy
	 */
	public EscalationPolicyFilter sortBy(String sortBy) {
		return text("sort_by", sortBy);
	}

	@Override
	protected EscalationPolicyFilter copy(Map<String, Object> query) {
		return new EscalationPolicyFilter(query);
	}

}
