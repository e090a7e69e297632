package io.pdkit.autoconfigure.webhooks;

import java.util.List;

/**
 * Remembers the ids of accepted webhook deliveries so that a redelivery is recognised and
 * not handled twice. The default keeps them in this instance's memory; with
 * {@code pagerduty.webhooks.dedupe.store=redis} they are shared by every instance. Define
 * a bean of this type to use another engine. Implementations are thread-safe.
 *
 * <pre>{@code
 * &#64;Bean
 * WebhookDeliveryStore pagerDutyWebhookDeliveryStore(StringRedisTemplate redis) {
 *     return new RedisWebhookDeliveryStore(redis, Duration.ofHours(24), "myapp:pagerduty:");
 * }
 * }</pre>
 */
public interface WebhookDeliveryStore {

	/**
	 * Records the ids of one delivery (its event id and its {@code X-Webhook-Id}) unless
	 * any of them was recorded before.
	 * @param ids the delivery's ids
	 * @return {@code true} if the delivery is new and must be handled, {@code false} for
	 * a duplicate
	 */
	boolean markIfNew(List<String> ids);

	/**
	 * Forgets the ids of a delivery that could not be accepted, so that its redelivery is
	 * handled.
	 * @param ids the delivery's ids
	 */
	void forget(List<String> ids);

}
