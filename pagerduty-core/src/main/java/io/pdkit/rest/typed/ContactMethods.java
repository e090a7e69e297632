package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.model.ContactMethod;

/**
 * The contact methods of one user, from {@code client.users().contactMethods(userId)}.
 *
 * <pre>{@code
 * ContactMethod phone = client.users().contactMethods("PUSER01").create(
 *     ContactMethod.of().withType("phone_contact_method").withLabel("Mobile").withAddress("5555550100")
 *         .withExtra("country_code", IntNode.valueOf(1)));
 * }</pre>
 */
public final class ContactMethods {

	private final TypedCalls calls;

	private final Crud<ContactMethod> crud;

	ContactMethods(TypedCalls calls, String path) {
		this.calls = calls;
		this.crud = new Crud<>(calls, path, ContactMethod.class, ContactMethod::id);
	}

	/**
	 * Streams the user's contact methods ({@code GET /users/{id}/contact_methods}).
	 * @return the contact methods
	 */
	public Stream<ContactMethod> list() {
		return this.crud.list(NoFilter.INSTANCE);
	}

	/**
	 * Returns one contact method.
	 * @param id the contact method's id
	 * @return the contact method
	 */
	public ContactMethod get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Adds a contact method ({@code POST /users/{id}/contact_methods}).
	 * @param contactMethod the new contact method, with its {@code type}, {@code label}
	 * and {@code address}
	 * @return the contact method as created
	 */
	public ContactMethod create(ContactMethod contactMethod) {
		return this.crud.create(contactMethod);
	}

	/**
	 * Changes a contact method (the id taken from the record).
	 * @param contactMethod the changed contact method
	 * @return the contact method as updated
	 */
	public ContactMethod update(ContactMethod contactMethod) {
		return this.crud.update(contactMethod);
	}

	/**
	 * Removes a contact method.
	 * @param id the contact method's id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
