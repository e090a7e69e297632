package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Schedule;
import io.pdkit.rest.model.User;

/**
 * Schedules, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * Schedule week = client.schedules().get("PSCHED1", start, start.plus(Duration.ofDays(7)));
 * List<User> onIt = client.schedules().users("PSCHED1", start, start.plus(Duration.ofDays(7)));
 * }</pre>
 */
public final class Schedules {

	private final TypedCalls calls;

	private final Crud<Schedule> crud;

	/**
	 * Creates the service; {@code client.schedules()} is the usual way.
	 * @param client the client
	 */
	public Schedules(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private Schedules(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/schedules", Schedule.class, Schedule::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public Schedules from(String email) {
		return new Schedules(this.calls.from(email));
	}

	/**
	 * Streams every schedule ({@code GET /schedules}).
	 * @return the schedules, fetched page by page as the stream is consumed
	 */
	public Stream<Schedule> list() {
		return list(ScheduleFilter.create());
	}

	/**
	 * Streams the schedules that match a filter ({@code GET /schedules}).
	 * @param filter the query parameters
	 * @return the schedules, fetched page by page as the stream is consumed
	 */
	public Stream<Schedule> list(ScheduleFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one schedule ({@code GET /schedules/{id}}).
	 * @param id its id
	 * @return the schedule
	 */
	public Schedule get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates a schedule ({@code POST /schedules}).
	 * @param value the new schedule
	 * @return the schedule as created
	 */
	public Schedule create(Schedule value) {
		return this.crud.create(value);
	}

	/**
	 * Changes a schedule ({@code PUT /schedules/{id}}, the id taken from the record);
	 * properties the record does not name are sent back as they were read.
	 * @param value the changed schedule
	 * @return the schedule as updated
	 */
	public Schedule update(Schedule value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes a schedule ({@code DELETE /schedules/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

	/**
	 * Returns one schedule with its layers and final schedule rendered for a time range
	 * ({@code GET /schedules/{id}?since=...&until=...}).
	 * @param id the schedule's id
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the schedule
	 */
	public Schedule get(String id, Instant since, Instant until) {
		return this.crud.get(id, TimeRange.of(since, until));
	}

	/**
	 * Returns the users on call in a schedule during a time range ({@code GET
	 * /schedules/{id}/users}).
	 * @param id the schedule's id
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the users
	 */
	public List<User> users(String id, Instant since, Instant until) {
		return this.calls.getList(this.crud.item(id) + "/users", TimeRange.of(since, until), User.class);
	}

	/**
	 * Returns the overrides of a schedule.
	 * @param scheduleId the schedule's id
	 * @return the overrides service
	 */
	public ScheduleOverrides overrides(String scheduleId) {
		return new ScheduleOverrides(this.calls, this.crud.item(scheduleId) + "/overrides");
	}

}
