package io.pdkit.rest.typed;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Assignment;
import io.pdkit.rest.model.Incident;
import io.pdkit.rest.model.LogEntry;
import io.pdkit.rest.model.User;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Incidents, typed: list, get, create, update, and the actions responders take
 * (acknowledge, resolve, reassign, snooze, merge), on one incident or many at once. Every
 * call is a call of the client's {@code rget}/{@code rput}/{@code iterAll}, with its
 * retries, wrapping, pagination and errors. Write calls send the client's
 * {@code defaultFrom}, or the address given to {@link #from(String)}.
 *
 * <pre>{@code
 * Incidents incidents = client.incidents().from("oncall@example.com");
 * incidents.list(IncidentFilter.create().statuses(Incident.Status.TRIGGERED))
 *          .forEach(incident -> incidents.acknowledge(incident.id()));
 * }</pre>
 */
public final class Incidents {

	private static final String PATH = "/incidents";

	private final TypedCalls calls;

	private final Crud<Incident> crud;

	/**
	 * Creates the service; {@code client.incidents()} is the usual way.
	 * @param client the client
	 */
	public Incidents(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private Incidents(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, PATH, Incident.class, Incident::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public Incidents from(String email) {
		return new Incidents(this.calls.from(email));
	}

	/**
	 * Streams the incidents the API lists by default (those not resolved, of the last 30
	 * days or so).
	 * @return the incidents, fetched page by page as the stream is consumed
	 */
	public Stream<Incident> list() {
		return list(IncidentFilter.create());
	}

	/**
	 * Streams the incidents that match a filter ({@code GET /incidents}).
	 * @param filter the query parameters
	 * @return the incidents, fetched page by page as the stream is consumed
	 */
	public Stream<Incident> list(IncidentFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one incident ({@code GET /incidents/{id}}).
	 * @param id the incident's id
	 * @return the incident
	 */
	public Incident get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Opens an incident ({@code POST /incidents}). <pre>{@code
	 * Incident opened = client.incidents().from("me@example.com")
	 *     .create(Incident.of().withTitle("Disk full").withService(Service.reference("PSVC001")));
	 * }</pre>
	 * @param incident the incident: at least a title and a service reference
	 * @return the incident as created
	 */
	public Incident create(Incident incident) {
		return this.crud.create(incident);
	}

	/**
	 * Changes an incident ({@code PUT /incidents/{id}}, the id taken from the record).
	 * Properties the record does not name are sent back as they were read.
	 * @param incident the changed incident
	 * @return the incident as updated
	 */
	public Incident update(Incident incident) {
		return this.crud.update(incident);
	}

	/**
	 * Changes several incidents in one call ({@code PUT /incidents}).
	 * @param incidents the changes, each with an id
	 * @return the incidents as updated
	 */
	public List<Incident> update(Collection<Incident> incidents) {
		if (incidents.isEmpty()) {
			throw new IllegalArgumentException("incidents must not be empty");
		}
		incidents.forEach(incident -> Ids.segment(incident.id(), "incident id"));
		return this.calls.putAll(PATH, incidents, Incident.class);
	}

	/**
	 * Acknowledges an incident.
	 * @param id the incident's id
	 * @return the incident as updated
	 */
	public Incident acknowledge(String id) {
		return setStatus(id, Incident.Status.ACKNOWLEDGED);
	}

	/**
	 * Acknowledges several incidents in one call.
	 * @param ids the incidents' ids
	 * @return the incidents as updated
	 */
	public List<Incident> acknowledge(Collection<String> ids) {
		return setStatus(ids, Incident.Status.ACKNOWLEDGED);
	}

	/**
	 * Resolves an incident.
	 * @param id the incident's id
	 * @return the incident as updated
	 */
	public Incident resolve(String id) {
		return setStatus(id, Incident.Status.RESOLVED);
	}

	/**
	 * Resolves several incidents in one call.
	 * @param ids the incidents' ids
	 * @return the incidents as updated
	 */
	public List<Incident> resolve(Collection<String> ids) {
		return setStatus(ids, Incident.Status.RESOLVED);
	}

	/**
	 * Assigns an incident to users instead of its current assignees.
	 * @param id the incident's id
	 * @param userIds the users' ids
	 * @return the incident as updated
	 */
	public Incident reassign(String id, Collection<String> userIds) {
		return this.crud.update(Incident.reference(Ids.segment(id, "id")).withAssignments(assignments(userIds)));
	}

	/**
	 * Assigns several incidents to users in one call.
	 * @param ids the incidents' ids
	 * @param userIds the users' ids
	 * @return the incidents as updated
	 */
	public List<Incident> reassign(Collection<String> ids, Collection<String> userIds) {
		List<Assignment> assignments = assignments(userIds);
		return update(
				Ids.all(ids, "ids").stream().map(id -> Incident.reference(id).withAssignments(assignments)).toList());
	}

	/**
	 * Snoozes an acknowledged incident: it triggers again after the duration ({@code POST
	 * /incidents/{id}/snooze}).
	 * @param id the incident's id
	 * @param duration how long, in whole seconds, at least one
	 * @return the incident as updated
	 */
	public Incident snooze(String id, Duration duration) {
		if (duration == null || duration.getSeconds() < 1) {
			throw new IllegalArgumentException("duration must be at least one second");
		}
		return this.calls.post(this.crud.item(id) + "/snooze",
				JsonNodeFactory.instance.objectNode().put("duration", duration.getSeconds()), Incident.class);
	}

	/**
	 * Merges incidents into one ({@code PUT /incidents/{id}/merge}); the sources are
	 * resolved and their alerts moved to the target.
	 * @param targetId the incident that remains
	 * @param sourceIds the incidents merged into it
	 * @return the target as updated
	 */
	public Incident merge(String targetId, Collection<String> sourceIds) {
		List<Incident> sources = Ids.all(sourceIds, "sourceIds").stream().map(Incident::reference).toList();
		return this.calls.put(this.crud.item(targetId) + "/merge", sources, Incident.class);
	}

	/**
	 * Returns the notes of an incident.
	 * @param incidentId the incident's id
	 * @return the notes service
	 */
	public IncidentNotes notes(String incidentId) {
		return new IncidentNotes(this.calls, this.crud.item(incidentId) + "/notes");
	}

	/**
	 * Returns the alerts of an incident.
	 * @param incidentId the incident's id
	 * @return the alerts service
	 */
	public IncidentAlerts alerts(String incidentId) {
		return new IncidentAlerts(this.calls, this.crud.item(incidentId) + "/alerts");
	}

	/**
	 * Streams the log of an incident ({@code GET /incidents/{id}/log_entries}).
	 * @param incidentId the incident's id
	 * @param filter the query parameters
	 * @return the log entries, fetched page by page
	 */
	public Stream<LogEntry> logEntries(String incidentId, LogEntryFilter filter) {
		return this.calls.list(this.crud.item(incidentId) + "/log_entries", filter.toQuery(), LogEntry.class);
	}

	/**
	 * Streams the log of every incident of the account ({@code GET /log_entries}).
	 * @param filter the query parameters
	 * @return the log entries, fetched page by page
	 */
	public Stream<LogEntry> logEntries(LogEntryFilter filter) {
		return this.calls.list("/log_entries", filter.toQuery(), LogEntry.class);
	}

	private Incident setStatus(String id, Incident.Status status) {
		return this.crud.update(Incident.reference(Ids.segment(id, "id")).withStatus(status));
	}

	private List<Incident> setStatus(Collection<String> ids, Incident.Status status) {
		return update(Ids.all(ids, "ids").stream().map(id -> Incident.reference(id).withStatus(status)).toList());
	}

	private static List<Assignment> assignments(Collection<String> userIds) {
		return Ids.all(userIds, "userIds")
			.stream()
			.map(userId -> Assignment.of().withAssignee(User.reference(userId)))
			.toList();
	}

}
