package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;

import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.autoconfigure.testsupport.RedisServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@ExtendWith({ RedisServerExtension.class, OutputCaptureExtension.class })
class WebhookDedupeRedisOutageTest {

    @Test
    void deliveriesWhenRedisStopsMidRunShouldBeDeDuplicatedLocallyWithAWarnAndNoneLost(RedisServer redis,
            CapturedOutput output) throws Exception {
        WebhookFleet fleet = new WebhookFleet();
        try (fleet) {
            ConfigurableApplicationContext first = fleet.start(SharedWebhookDedupeRedisTest.redisProperties(redis));
            ConfigurableApplicationContext second = fleet.start(SharedWebhookDedupeRedisTest.redisProperties(redis));
            assertThat(fleet.post(first, "E-before", "D-before")).isEqualTo(202);
            assertThat(fleet.post(second, "E-before", "D-before")).isEqualTo(202);

            redis.stop();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                assertThat(fleet.post(first, "E-during", "D-during")).isEqualTo(202);
                assertThat(fleet.post(first, "E-during", "D-during")).isEqualTo(202);
                assertThat(fleet.post(first, "E-before", "D-before")).isEqualTo(202);
                assertThat(fleet.post(second, "E-other", "D-other")).isEqualTo(202);
            });
        }

        assertThat(fleet.handled).containsExactlyInAnyOrder("E-before", "E-during", "E-other");
        assertThat(output.getOut().lines().filter(line -> line.contains("WARN")
                && line.contains("Redis unavailable for PagerDuty webhook de-duplication ("))).hasSize(2);
    }

}
