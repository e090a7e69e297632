package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Team;

/**
 * Teams, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * client.teams().create(Team.of().withName("Operations"));
 * }</pre>
 */
public final class Teams {

	private final TypedCalls calls;

	private final Crud<Team> crud;

	/**
	 * Creates the service; {@code client.teams()} is the usual way.
	 * @param client the client
	 */
	public Teams(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private Teams(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/teams", Team.class, Team::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public Teams from(String email) {
		return new Teams(this.calls.from(email));
	}

	/**
	 * Streams every team ({@code GET /teams}).
	 * @return the teams, fetched page by page as the stream is consumed
	 */
	public Stream<Team> list() {
		return list(TeamFilter.create());
	}

	/**
	 * Streams the teams that match a filter ({@code GET /teams}).
	 * @param filter the query parameters
	 * @return the teams, fetched page by page as the stream is consumed
	 */
	public Stream<Team> list(TeamFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one team ({@code GET /teams/{id}}).
	 * @param id its id
	 * @return the team
	 */
	public Team get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates a team ({@code POST /teams}).
	 * @param value the new team
	 * @return the team as created
	 */
	public Team create(Team value) {
		return this.crud.create(value);
	}

	/**
	 * Changes a team ({@code PUT /teams/{id}}, the id taken from the record); properties
	 * the record does not name are sent back as they were read.
	 * @param value the changed team
	 * @return the team as updated
	 */
	public Team update(Team value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes a team ({@code DELETE /teams/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
