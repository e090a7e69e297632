package io.pdkit.autoconfigure.ratelimit;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pdkit.autoconfigure.PagerDutyAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyClientCustomizer;
import io.pdkit.autoconfigure.PagerDutyRestClientAutoConfiguration;
import io.pdkit.core.ratelimit.Bucket4jRateLimiter;
import io.pdkit.core.ratelimit.InMemoryRateLimiter;
import io.pdkit.core.ratelimit.RateLimit;
import io.pdkit.core.ratelimit.RateLimiter;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyRateLimitAutoConfigurationTest {

	private final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PagerDutyRateLimitAutoConfiguration.class,
				PagerDutyAutoConfiguration.class, PagerDutyRestClientAutoConfiguration.class));

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void rateLimiterWhenNotEnabledShouldBeAbsent() {
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(RateLimiter.class));
	}

	@Test
	void rateLimiterWhenEnabledShouldBeInMemoryWithPagerDutysLimits() {
		this.runner.withPropertyValues("pagerduty.rate-limit.enabled=true").run(context -> {
			assertThat(context).getBean(RateLimiter.class).isInstanceOf(InMemoryRateLimiter.class);
			assertThat(context.getBean(PagerDutyRateLimitProperties.class).toRateLimits().byApi())
				.containsEntry("rest", RateLimit.perMinute(960))
				.containsEntry("events", RateLimit.perMinute(120));
		});
	}

	@Test
	void restClientWhenBudgetIsSpentShouldWaitAndRecordTheWait() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		}
		this.runner.withUserConfiguration(RecordingSleeper.class)
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234",
					"pagerduty.url=http://127.0.0.1:" + this.server.getPort(), "pagerduty.rate-limit.enabled=true",
					"pagerduty.rate-limit.requests-per-minute.rest=2", "pagerduty.rate-limit.burst.rest=1")
			.run(context -> {
				RestApiV2Client client = context.getBean(RestApiV2Client.class);
				client.get("/users/me");
				client.get("/users/me");

				assertThat(context.getBean(RecordingSleeper.class).sleeps).hasSize(1);
				assertThat(context.getBean(RecordingSleeper.class).sleeps.get(0)).isBetween(Duration.ofSeconds(30),
						Duration.ofSeconds(60));
				Timer timer = context.getBean(MeterRegistry.class)
					.get(TimedRateLimiter.METRIC)
					.tag("api", "rest")
					.tag("outcome", "acquired")
					.timer();
				assertThat(timer.count()).isEqualTo(2);
				assertThat(timer.getId().getTags()).noneMatch(tag -> tag.getValue().contains("abcdefgh1234"));
			});
	}

	@Test
	void rateLimiterWhenStoreIsRedisShouldUseBucket4jOnBootsConnection() {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withPropertyValues("pagerduty.rate-limit.enabled=true", "pagerduty.rate-limit.store=redis")
			.run(context -> assertThat(context).getBean(RateLimiter.class).isInstanceOf(Bucket4jRateLimiter.class));
	}

	@Test
	void rateLimiterWhenStoreIsRedisWithoutRedisShouldFailWithAMessage() {
		this.runner.withPropertyValues("pagerduty.rate-limit.enabled=true", "pagerduty.rate-limit.store=redis")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageStartingWith("pagerduty.rate-limit.store=redis needs Spring Data Redis with Lettuce"));
	}

	@Test
	void burstWhenAboveTheLimitShouldNameTheProperty() {
		this.runner.withPropertyValues("pagerduty.rate-limit.enabled=true", "pagerduty.rate-limit.burst.rest=2000")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("pagerduty.rate-limit.burst.rest must be between 1 and 960, was 2000"));
	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingSleeper {

		final List<Duration> sleeps = new ArrayList<>();

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		@Order(Integer.MAX_VALUE)
		PagerDutyClientCustomizer recordingSleeper() {
			return builder -> builder.sleeper(this.sleeps::add);
		}

	}

}
