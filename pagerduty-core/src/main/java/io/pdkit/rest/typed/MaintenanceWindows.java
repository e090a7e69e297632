package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.MaintenanceWindow;

/**
 * Maintenance windows, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * client.maintenanceWindows().list(MaintenanceWindowFilter.create().filter("ongoing")).count();
 * }</pre>
 */
public final class MaintenanceWindows {

	private final TypedCalls calls;

	private final Crud<MaintenanceWindow> crud;

	/**
	 * Creates the service; {@code client.maintenanceWindows()} is the usual way.
	 * @param client the client
	 */
	public MaintenanceWindows(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private MaintenanceWindows(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/maintenance_windows", MaintenanceWindow.class, MaintenanceWindow::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public MaintenanceWindows from(String email) {
		return new MaintenanceWindows(this.calls.from(email));
	}

	/**
	 * Streams every maintenance window ({@code GET /maintenance_windows}).
	 * @return the maintenance windows, fetched page by page as the stream is consumed
	 */
	public Stream<MaintenanceWindow> list() {
		return list(MaintenanceWindowFilter.create());
	}

	/**
	 * Streams the maintenance windows that match a filter
	 * ({@code GET /maintenance_windows}).
	 * @param filter the query parameters
	 * @return the maintenance windows, fetched page by page as the stream is consumed
	 */
	public Stream<MaintenanceWindow> list(MaintenanceWindowFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one maintenance window ({@code GET /maintenance_windows/{id}}).
	 * @param id its id
	 * @return the maintenance window
	 */
	public MaintenanceWindow get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates a maintenance window ({@code POST /maintenance_windows}).
	 * @param value the new maintenance window
	 * @return the maintenance window as created
	 */
	public MaintenanceWindow create(MaintenanceWindow value) {
		return this.crud.create(value);
	}

	/**
	 * Changes a maintenance window ({@code PUT /maintenance_windows/{id}}, the id taken
	 * from the record); properties the record does not name are sent back as they were
	 * read.
	 * @param value the changed maintenance window
	 * @return the maintenance window as updated
	 */
	public MaintenanceWindow update(MaintenanceWindow value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes a maintenance window ({@code DELETE /maintenance_windows/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
