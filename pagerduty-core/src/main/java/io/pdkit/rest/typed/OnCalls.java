package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.OnCall;

/**
 * Who is on call, typed ({@code GET /oncalls}): by schedule, escalation policy or user,
 * now or in a time range.
 *
 * <pre>{@code
 * client.onCalls().forSchedule("PSCHED1", Instant.now(), Instant.now().plus(Duration.ofDays(1)))
 *       .forEach(onCall -> System.out.println(onCall.user().summary() + " until " + onCall.end()));
 * }</pre>
 */
public final class OnCalls {

	private final TypedCalls calls;

	/**
	 * Creates the service; {@code client.onCalls()} is the usual way.
	 * @param client the client
	 */
	public OnCalls(RestApiV2Client client) {
		this.calls = TypedCalls.of(client);
	}

	/**
	 * Streams who is on call now, for every policy and level.
	 * @return the on-calls
	 */
	public Stream<OnCall> list() {
		return list(OnCallFilter.create());
	}

	/**
	 * Streams the on-calls that match a filter.
	 * @param filter the query parameters
	 * @return the on-calls, fetched page by page as the stream is consumed
	 */
	public Stream<OnCall> list(OnCallFilter filter) {
		return this.calls.list("/oncalls", filter.toQuery(), OnCall.class);
	}

	/**
	 * Streams the on-calls of a schedule in a time range.
	 * @param scheduleId the schedule's id
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the on-calls
	 */
	public Stream<OnCall> forSchedule(String scheduleId, Instant since, Instant until) {
		return list(range(since, until).scheduleIds(Ids.segment(scheduleId, "scheduleId")));
	}

	/**
	 * Streams the on-calls of an escalation policy in a time range.
	 * @param escalationPolicyId the policy's id
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the on-calls
	 */
	public Stream<OnCall> forEscalationPolicy(String escalationPolicyId, Instant since, Instant until) {
		return list(range(since, until).escalationPolicyIds(Ids.segment(escalationPolicyId, "escalationPolicyId")));
	}

	/**
	 * Streams the on-calls of a user in a time range.
	 * @param userId the user's id
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the on-calls
	 */
	public Stream<OnCall> forUser(String userId, Instant since, Instant until) {
		return list(range(since, until).userIds(Ids.segment(userId, "userId")));
	}

	private static OnCallFilter range(Instant since, Instant until) {
		Map<String, Object> checked = TimeRange.of(since, until);
		return OnCallFilter.create().param("since", checked.get("since")).param("until", checked.get("until"));
	}

}
