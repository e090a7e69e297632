package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;

import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.autoconfigure.testsupport.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@ExtendWith({ RedisServerExtension.class, OutputCaptureExtension.class })
class WebhookDedupeRedisOutageTest {

	private static final Duration LETTUCE_DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	@Test
	void deliveriesWhenRedisStopsMidRunShouldBeDeDuplicatedLocallyWithAWarnAndNoneLost(RedisServer redis,
			CapturedOutput output) throws Exception {
		String[] properties = { "pagerduty.webhooks.dedupe.store=redis", "pagerduty.webhooks.dedupe.ttl=10m",
				"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + redis.port(),
				"spring.data.redis.timeout=" + LETTUCE_DEFAULT_TIMEOUT };
		WebhookFleet fleet = new WebhookFleet();
		try (fleet) {
			ConfigurableApplicationContext first = fleet.start(properties);
			ConfigurableApplicationContext second = fleet.start(properties);
			connect(first);
			connect(second);
			assertThat(fleet.post(first, "E-before", "D-before")).isEqualTo(202);
			assertThat(fleet.post(second, "E-before", "D-before")).isEqualTo(202);

			redis.stop();
			assertTimeoutPreemptively(LETTUCE_DEFAULT_TIMEOUT.dividedBy(2), () -> {
				assertThat(fleet.post(first, "E-during", "D-during")).isEqualTo(202);
				assertThat(fleet.post(first, "E-during", "D-during")).isEqualTo(202);
				assertThat(fleet.post(first, "E-before", "D-before")).isEqualTo(202);
				assertThat(fleet.post(second, "E-other", "D-other")).isEqualTo(202);
			});
		}

		assertThat(fleet.handled).containsExactlyInAnyOrder("E-before", "E-during", "E-other");
		assertThat(output.getOut()
			.lines()
			.filter(line -> line.contains("WARN")
					&& line.contains("Redis unavailable for PagerDuty webhook de-duplication (")))
			.hasSize(2);
	}

	private static void connect(ConfigurableApplicationContext instance) {
		assertThat(instance.getBean(StringRedisTemplate.class).hasKey("pdkit:webhook:none")).isFalse();
	}

}
