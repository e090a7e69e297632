package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Shares webhook de-duplication through Redis when
 * {@code pagerduty.webhooks.dedupe.store=redis} and the application has Spring Data
 * Redis: a {@link RedisWebhookDeliveryStore} on Boot's {@link StringRedisTemplate},
 * waiting for Redis at most {@code pagerduty.webhooks.dedupe.redis-timeout}.
 */
@AutoConfiguration(before = PagerDutyWebhooksAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(StringRedisTemplate.class)
@Conditional(OnWebhookSecretsCondition.class)
@ConditionalOnProperty(prefix = "pagerduty.webhooks.dedupe", name = "store", havingValue = "redis")
@EnableConfigurationProperties({ PagerDutyWebhooksProperties.class, PagerDutyWebhookDedupeProperties.class })
public final class PagerDutyWebhookDedupeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(StringRedisTemplate.class)
	WebhookDeliveryStore pagerDutyWebhookDeliveryStore(StringRedisTemplate redis, PagerDutyWebhooksProperties webhooks,
			PagerDutyWebhookDedupeProperties dedupe) {
		Duration ttl = Objects.requireNonNullElse(dedupe.getTtl(), webhooks.getDedupWindow());
		if (ttl.isZero()) {
			throw new IllegalStateException("pagerduty.webhooks.dedupe.store=redis needs a positive "
					+ "pagerduty.webhooks.dedupe.ttl when pagerduty.webhooks.dedup-window is 0");
		}
		return new RedisWebhookDeliveryStore(redis, ttl, dedupe.getKeyPrefix(), dedupe.getRedisTimeout());
	}

}
