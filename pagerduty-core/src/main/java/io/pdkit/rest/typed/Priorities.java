package io.pdkit.rest.typed;

import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Priority;

/**
 * The account's incident priorities, typed ({@code GET /priorities}).
 *
 * <pre>{@code
 * Priority p1 = client.priorities().list().filter(p -> "P1".equals(p.name())).findFirst().orElseThrow();
 * client.incidents().update(incident.withPriority(Priority.reference(p1.id())));
 * }</pre>
 */
public final class Priorities {

	private final TypedCalls calls;

	/**
	 * Creates the service; {@code client.priorities()} is the usual way.
	 * @param client the client
	 */
	public Priorities(RestApiV2Client client) {
		this.calls = TypedCalls.of(client);
	}

	/**
	 * Streams the priorities, highest first as the account orders them.
	 * @return the priorities
	 */
	public Stream<Priority> list() {
		return this.calls.list("/priorities", NoFilter.INSTANCE.toQuery(), Priority.class);
	}

}
