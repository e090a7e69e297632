package io.pdkit.autoconfigure.ratelimit;

import java.time.Clock;

import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.micrometer.core.instrument.MeterRegistry;
import io.pdkit.autoconfigure.PagerDutyAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyClientCustomizer;
import io.pdkit.core.ratelimit.Bucket4jRateLimiter;
import io.pdkit.core.ratelimit.InMemoryRateLimiter;
import io.pdkit.core.ratelimit.RateLimiter;
import io.pdkit.core.ratelimit.RateLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Turns on the client-side rate limiter for every PagerDuty client the starter builds
 * once {@code pagerduty.rate-limit.enabled=true}: a {@link RateLimiter} bean (in memory,
 * or on Redis through Bucket4j and Boot's {@link LettuceConnectionFactory} with
 * {@code pagerduty.rate-limit.store=redis}) applied by a
 * {@link PagerDutyClientCustomizer}. With Micrometer, the time calls waited is recorded
 * as {@code pagerduty.client.rate-limit.wait}. A {@link RateLimiter} bean of the
 * application's replaces the auto-configured one.
 */
@AutoConfiguration(before = PagerDutyAutoConfiguration.class,
		afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(RateLimiter.class)
@ConditionalOnProperty(prefix = "pagerduty.rate-limit", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(PagerDutyRateLimitProperties.class)
public final class PagerDutyRateLimitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RateLimiter pagerDutyRateLimiter(PagerDutyRateLimitProperties properties) {
		if (properties.getStore() == PagerDutyRateLimitProperties.Store.REDIS) {
			throw new IllegalStateException("pagerduty.rate-limit.store=redis needs Spring Data Redis with Lettuce "
					+ "(spring-boot-starter-data-redis), com.bucket4j:bucket4j_jdk17-lettuce and a "
					+ "LettuceConnectionFactory bean");
		}
		return new InMemoryRateLimiter(properties.toRateLimits(), Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ LettuceConnectionFactory.class, Bucket4jLettuce.class })
	@ConditionalOnProperty(prefix = "pagerduty.rate-limit", name = "store", havingValue = "redis")
	static class RedisStore {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(LettuceConnectionFactory.class)
		RateLimiter pagerDutyRateLimiter(PagerDutyRateLimitProperties properties,
				LettuceConnectionFactory connectionFactory) {
			RateLimits limits = properties.toRateLimits();
			LettuceBuckets buckets = new LettuceBuckets(connectionFactory::getRequiredNativeClient,
					properties.getRedisTimeout(), null);
			return new Bucket4jRateLimiter(buckets, limits, new InMemoryRateLimiter(limits, Clock.systemUTC()),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class Metered {

		@Bean
		PagerDutyClientCustomizer pagerDutyRateLimitCustomizer(RateLimiter rateLimiter,
				ObjectProvider<MeterRegistry> meterRegistry) {
			return builder -> {
				MeterRegistry registry = meterRegistry.getIfUnique();
				builder.rateLimiter((registry != null) ? new TimedRateLimiter(rateLimiter, registry) : rateLimiter);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("io.micrometer.core.instrument.MeterRegistry")
	static class Plain {

		@Bean
		PagerDutyClientCustomizer pagerDutyRateLimitCustomizer(RateLimiter rateLimiter) {
			return builder -> builder.rateLimiter(rateLimiter);
		}

	}

}
