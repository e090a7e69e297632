package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.EscalationPolicy;

/**
 * Escalation policies, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * client.escalationPolicies().list(EscalationPolicyFilter.create().query("web")).toList();
 * }</pre>
 */
public final class EscalationPolicies {

	private final TypedCalls calls;

	private final Crud<EscalationPolicy> crud;

	/**
	 * Creates the service; {@code client.escalationPolicies()} is the usual way.
	 * @param client the client
	 */
	public EscalationPolicies(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private EscalationPolicies(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/escalation_policies", EscalationPolicy.class, EscalationPolicy::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public EscalationPolicies from(String email) {
		return new EscalationPolicies(this.calls.from(email));
	}

	/**
	 * Streams every escalation policy ({@code GET /escalation_policies}).
	 * @return the escalation policies, fetched page by page as the stream is consumed
	 */
	public Stream<EscalationPolicy> list() {
		return list(EscalationPolicyFilter.create());
	}

	/**
	 * Streams the escalation policies that match a filter
	 * ({@code GET /escalation_policies}).
	 * @param filter the query parameters
	 * @return the escalation policies, fetched page by page as the stream is consumed
	 */
	public Stream<EscalationPolicy> list(EscalationPolicyFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one escalation policy ({@code GET /escalation_policies/{id}}).
	 * @param id its id
	 * @return the escalation policy
	 */
	public EscalationPolicy get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates an escalation policy ({@code POST /escalation_policies}).
	 * @param value the new escalation policy
	 * @return the escalation policy as created
	 */
	public EscalationPolicy create(EscalationPolicy value) {
		return this.crud.create(value);
	}

	/**
	 * Changes an escalation policy ({@code PUT /escalation_policies/{id}}, the id taken
	 * from the record); properties the record does not name are sent back as they were
	 * read.
	 * @param value the changed escalation policy
	 * @return the escalation policy as updated
	 */
	public EscalationPolicy update(EscalationPolicy value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes an escalation policy ({@code DELETE /escalation_policies/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
