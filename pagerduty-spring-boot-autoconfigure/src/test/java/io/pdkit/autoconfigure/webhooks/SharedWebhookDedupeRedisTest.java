package io.pdkit.autoconfigure.webhooks;

import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.autoconfigure.testsupport.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RedisServerExtension.class)
class SharedWebhookDedupeRedisTest {

	@Test
	void deliveryPostedToTwoInstancesSharingRedisShouldReachTheHandlerOnce(RedisServer redis) throws Exception {
		double duplicates;
		WebhookFleet fleet = new WebhookFleet();
		try (fleet) {
			ConfigurableApplicationContext first = fleet.start(redisProperties(redis));
			ConfigurableApplicationContext second = fleet.start(redisProperties(redis));
			assertThat(first.getBean(WebhookDeliveryStore.class)).isInstanceOf(RedisWebhookDeliveryStore.class);

			assertThat(fleet.post(first, "E-shared", "D-1")).isEqualTo(202);
			assertThat(fleet.post(second, "E-shared", "D-1")).isEqualTo(202);
			assertThat(fleet.post(second, "E-shared", "D-1-redelivered")).isEqualTo(202);
			duplicates = WebhookFleet.duplicates(first) + WebhookFleet.duplicates(second);
		}

		assertThat(fleet.handled).containsExactly("E-shared");
		assertThat(duplicates).isEqualTo(2);
		assertThat(redis.keys()).containsExactlyInAnyOrder("pdkit:webhook:event:E-shared", "pdkit:webhook:delivery:D-1",
				"pdkit:webhook:delivery:D-1-redelivered");
	}

	@Test
	void deliveryPostedToTwoInstancesWithTheMemoryStoreShouldReachTheHandlerTwice() throws Exception {
		WebhookFleet fleet = new WebhookFleet();
		try (fleet) {
			ConfigurableApplicationContext first = fleet.start();
			ConfigurableApplicationContext second = fleet.start();
			assertThat(first.getBean(WebhookDeliveryStore.class)).isInstanceOf(RecentDeliveries.class);

			assertThat(fleet.post(first, "E-local", "D-2")).isEqualTo(202);
			assertThat(fleet.post(second, "E-local", "D-2")).isEqualTo(202);
			assertThat(fleet.post(second, "E-local", "D-2")).isEqualTo(202);
		}

		assertThat(fleet.handled).containsExactly("E-local", "E-local");
	}

	static String[] redisProperties(RedisServer redis) {
		return new String[] { "pagerduty.webhooks.dedupe.store=redis", "pagerduty.webhooks.dedupe.ttl=10m",
				"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
				"spring.data.redis.timeout=3s" };
	}

}
