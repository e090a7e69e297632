package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyWebhookDedupeAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PagerDutyWebhookDedupeAutoConfiguration.class,
				PagerDutyWebhooksAutoConfiguration.class))
		.withPropertyValues("pagerduty.webhooks.secrets[0]=" + Deliveries.SECRET);

	@Test
	void storeByDefaultShouldBeInMemoryEvenWithRedisPresent() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.run(context -> assertThat(context).getBean(WebhookDeliveryStore.class)
				.isInstanceOf(RecentDeliveries.class));
	}

	@Test
	void storeWhenRedisIsChosenShouldUseBootsTemplateWithTheTtl() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("pagerduty.webhooks.dedupe.store=redis", "pagerduty.webhooks.dedupe.ttl=2h")
			.run(context -> assertThat(context).getBean(WebhookDeliveryStore.class)
				.isInstanceOf(RedisWebhookDeliveryStore.class)
				.hasToString("RedisWebhookDeliveryStore[keyPrefix=pdkit:webhook:, ttl=" + Duration.ofHours(2)
						+ ", timeout=PT1S]"));
	}

	@Test
	void storeWhenRedisIsChosenWithoutTtlShouldUseTheDedupWindow() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("pagerduty.webhooks.dedupe.store=redis", "pagerduty.webhooks.dedup-window=30m")
			.run(context -> assertThat(context).getBean(WebhookDeliveryStore.class)
				.hasToString("RedisWebhookDeliveryStore[keyPrefix=pdkit:webhook:, ttl=PT30M, timeout=PT1S]"));
	}

	@Test
	void storeWhenRedisTimeoutIsSetShouldWaitForRedisThatLongWhateverTheConnectionSays() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("pagerduty.webhooks.dedupe.store=redis",
					"pagerduty.webhooks.dedupe.redis-timeout=250ms", "spring.data.redis.timeout=60s")
			.run(context -> assertThat(context).getBean(WebhookDeliveryStore.class)
				.hasToString("RedisWebhookDeliveryStore[keyPrefix=pdkit:webhook:, ttl=PT24H, timeout=PT0.25S]"));
	}

	@Test
	void storeWhenRedisTimeoutIsZeroShouldFailTheStartNamingTheProperty() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("pagerduty.webhooks.dedupe.store=redis", "pagerduty.webhooks.dedupe.redis-timeout=0s")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("pagerduty.webhooks.dedupe.redis-timeout must be positive, was PT0S"));
	}

	@Test
	void storeWhenRedisIsChosenWithoutRedisShouldFailWithAMessage() {
		this.runner.withPropertyValues("pagerduty.webhooks.dedupe.store=redis")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("pagerduty.webhooks.dedupe.store=redis needs Spring Data Redis "
						+ "(spring-boot-starter-data-redis) and a StringRedisTemplate bean"));
	}

}
