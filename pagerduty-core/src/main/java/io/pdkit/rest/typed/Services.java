package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.Service;

/**
 * Services, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * client.services().create(Service.of().withName("Web").withEscalationPolicy(EscalationPolicyReference.of("PEP0001")));
 * }</pre>
 */
public final class Services {

	private final TypedCalls calls;

	private final Crud<Service> crud;

	/**
	 * Creates the service; {@code client.services()} is the usual way.
	 * @param client the client
	 */
	public Services(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private Services(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/services", Service.class, Service::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public Services from(String email) {
		return new Services(this.calls.from(email));
	}

	/**
	 * Streams every service ({@code GET /services}).
	 * @return the services, fetched page by page as the stream is consumed
	 */
	public Stream<Service> list() {
		return list(ServiceFilter.create());
	}

	/**
	 * Streams the services that match a filter ({@code GET /services}).
	 * @param filter the query parameters
	 * @return the services, fetched page by page as the stream is consumed
	 */
	public Stream<Service> list(ServiceFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one service ({@code GET /services/{id}}).
	 * @param id its id
	 * @return the service
	 */
	public Service get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates a service ({@code POST /services}).
	 * @param value the new service
	 * @return the service as created
	 */
	public Service create(Service value) {
		return this.crud.create(value);
	}

	/**
	 * Changes a service ({@code PUT /services/{id}}, the id taken from the record);
	 * properties the record does not name are sent back as they were read.
	 * @param value the changed service
	 * @return the service as updated
	 */
	public Service update(Service value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes a service ({@code DELETE /services/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

	/**
	 * Returns the integrations of a service.
	 * @param serviceId the service's id
	 * @return the integrations service
	 */
	public Integrations integrations(String serviceId) {
		return new Integrations(this.calls, this.crud.item(serviceId) + "/integrations");
	}

}
