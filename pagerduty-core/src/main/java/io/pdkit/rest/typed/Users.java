package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.rest.model.User;

/**
 * Users, typed: list, get, create, update and delete through the client's
 * {@code iterAll}/{@code rget}/ {@code rpost}/{@code rput}/{@code rdelete}.
 *
 * <pre>{@code
 * User ann = client.users().create(User.of().withName("Ann").withEmail("ann@example.com"));
 * client.users().contactMethods(ann.id()).list().forEach(System.out::println);
 * }</pre>
 */
public final class Users {

	private final TypedCalls calls;

	private final Crud<User> crud;

	/**
	 * Creates the service; {@code client.users()} is the usual way.
	 * @param client the client
	 */
	public Users(RestApiV2Client client) {
		this(TypedCalls.of(client));
	}

	private Users(TypedCalls calls) {
		this.calls = calls;
		this.crud = new Crud<>(calls, "/users", User.class, User::id);
	}

	/**
	 * Returns a copy that sends this {@code From} header (the acting user's login email)
	 * with every call.
	 * @param email the user's email
	 * @return the copy
	 */
	public Users from(String email) {
		return new Users(this.calls.from(email));
	}

	/**
	 * Streams every user ({@code GET /users}).
	 * @return the users, fetched page by page as the stream is consumed
	 */
	public Stream<User> list() {
		return list(UserFilter.create());
	}

	/**
	 * Streams the users that match a filter ({@code GET /users}).
	 * @param filter the query parameters
	 * @return the users, fetched page by page as the stream is consumed
	 */
	public Stream<User> list(UserFilter filter) {
		return this.crud.list(filter);
	}

	/**
	 * Returns one user ({@code GET /users/{id}}).
	 * @param id its id
	 * @return the user
	 */
	public User get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Creates a user ({@code POST /users}).
	 * @param value the new user
	 * @return the user as created
	 */
	public User create(User value) {
		return this.crud.create(value);
	}

	/**
	 * Changes a user ({@code PUT /users/{id}}, the id taken from the record); properties
	 * the record does not name are sent back as they were read.
	 * @param value the changed user
	 * @return the user as updated
	 */
	public User update(User value) {
		return this.crud.update(value);
	}

	/**
	 * Deletes a user ({@code DELETE /users/{id}}).
	 * @param id its id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

	/**
	 * Returns the user the credential belongs to ({@code GET /users/me}); user-level
	 * tokens only.
	 * @return the user
	 */
	public User me() {
		return this.calls.get("/users/me", Map.of(), User.class);
	}

	/**
	 * Returns the contact methods of a user.
	 * @param userId the user's id
	 * @return the contact methods service
	 */
	public ContactMethods contactMethods(String userId) {
		return new ContactMethods(this.calls, this.crud.item(userId) + "/contact_methods");
	}

	/**
	 * Returns the notification rules of a user.
	 * @param userId the user's id
	 * @return the notification rules service
	 */
	public NotificationRules notificationRules(String userId) {
		return new NotificationRules(this.calls, this.crud.item(userId) + "/notification_rules");
	}

}
