package io.pdkit.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.List;

import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.autoconfigure.testsupport.RedisServerExtension;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@ExtendWith({ RedisServerExtension.class, OutputCaptureExtension.class })
class RateLimiterRedisOutageTest {

	private static final Duration THREE_TIMES_THE_LIMIT = Duration.ofMillis(1000 / (3 * Fleet.LIMIT_PER_SECOND));

	@Test
	void callsWhenRedisStopsMidRunShouldFallBackToTheLocalLimiterWithOneWarn(RedisServer redis, CapturedOutput output)
			throws InterruptedException {
		VirtualTime time = new VirtualTime();
		try (PagerDutySimulator simulator = Fleet.simulator(time); Fleet fleet = new Fleet(time, simulator)) {
			List<RestApiV2Client> instance = List.of(fleet.instance(redis));
			Fleet.drive(time, instance, 30, THREE_TIMES_THE_LIMIT);
			assertThat(output).doesNotContain("Shared rate limiter unavailable");

			redis.stop();
			assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> Fleet.drive(time, instance, 60, THREE_TIMES_THE_LIMIT));

			assertThat(fleet.takeCounts()).containsExactly(90, 0);
		}
		assertThat(output.getOut()
			.lines()
			.filter(line -> line.contains("WARN") && line.contains("Shared rate limiter unavailable (")
					&& line.contains("limiting with this instance's in-memory buckets")))
			.hasSize(1);
	}

}
