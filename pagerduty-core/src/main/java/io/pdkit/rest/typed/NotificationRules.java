package io.pdkit.rest.typed;

import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.rest.model.NotificationRule;

/**
 * The notification rules of one user, from
 * {@code client.users().notificationRules(userId)}.
 *
 * <pre>{@code
 * client.users().notificationRules("PUSER01").create(NotificationRule.of().withStartDelayInMinutes(5)
 *     .withContactMethod(ContactMethodReference.of("PCM0001")).withUrgency(NotificationRule.Urgency.HIGH));
 * }</pre>
 */
public final class NotificationRules {

	private final TypedCalls calls;

	private final Crud<NotificationRule> crud;

	NotificationRules(TypedCalls calls, String path) {
		this.calls = calls;
		this.crud = new Crud<>(calls, path, NotificationRule.class, NotificationRule::id);
	}

	/**
	 * Streams the user's notification rules ({@code GET /users/{id}/notification_rules}).
	 * @return the notification rules
	 */
	public Stream<NotificationRule> list() {
		return this.crud.list(NoFilter.INSTANCE);
	}

	/**
	 * Returns one notification rule.
	 * @param id the notification rule's id
	 * @return the notification rule
	 */
	public NotificationRule get(String id) {
		return this.crud.get(id, Map.of());
	}

	/**
	 * Adds a notification rule ({@code POST /users/{id}/notification_rules}).
	 * @param notificationRule the new notification rule, with its delay, contact method
	 * and urgency
	 * @return the notification rule as created
	 */
	public NotificationRule create(NotificationRule notificationRule) {
		return this.crud.create(notificationRule);
	}

	/**
	 * Changes a notification rule (the id taken from the record).
	 * @param notificationRule the changed notification rule
	 * @return the notification rule as updated
	 */
	public NotificationRule update(NotificationRule notificationRule) {
		return this.crud.update(notificationRule);
	}

	/**
	 * Removes a notification rule.
	 * @param id the notification rule's id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
