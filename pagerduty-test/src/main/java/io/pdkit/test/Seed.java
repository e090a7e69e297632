package io.pdkit.test;

/**
 * The data a {@link PagerDutySimulator} starts with, and returns to on
 * {@link PagerDutySimulator#reset()}.
 */
public enum Seed {

	/**
	 * A small account: four users (Ada Lovelace, the API key's owner, is
	 * {@code /users/me}), two teams, two escalation policies and schedules, three
	 * services with Events API v2 routing keys
	 * ({@link PagerDutySimulator#DEMO_ROUTING_KEY} is the "Checkout API" service's) and
	 * three incidents (triggered, acknowledged, resolved) with their log entries and
	 * audit records.
	 */
	DEMO,

	/**
	 * Only the API key's owner ({@code /users/me}, {@code ada@pdkit.example}); nothing
	 * else.
	 */
	EMPTY

}
