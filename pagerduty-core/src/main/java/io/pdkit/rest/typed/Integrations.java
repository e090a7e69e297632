package io.pdkit.rest.typed;

import java.util.Map;

import io.pdkit.rest.model.Integration;

/**
 * The integrations of one service, from
 * {@code client.services().integrations(serviceId)}.
 *
 * <pre>{@code
 * Integration events = client.services().integrations("PSVC001")
 *     .create(Integration.of().withType("events_api_v2_inbound_integration").withName("Monitoring"));
 * String routingKey = events.extra().get("integration_key").asString();
 * }</pre>
 */
public final class Integrations {

	private final Crud<Integration> crud;

	Integrations(TypedCalls calls, String path) {
		this.crud = new Crud<>(calls, path, Integration.class, Integration::id);
	}

	/**
	 * Returns one integration ({@code GET /services/{id}/integrations/{integration_id}}).
	 * @param id the integration's id
	 * @return the integration
	 */
	public Integration get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Adds an integration to the service ({@code POST /services/{id}/integrations}).
	 * @param integration the new integration, with its {@code type}
	 * @return the integration as created
	 */
	public Integration create(Integration integration) {
		return this.crud.create(integration);
	}

	/**
	 * Changes an integration (the id taken from the record).
	 * @param integration the changed integration
	 * @return the integration as updated
	 */
	public Integration update(Integration integration) {
		return this.crud.update(integration);
	}

}
