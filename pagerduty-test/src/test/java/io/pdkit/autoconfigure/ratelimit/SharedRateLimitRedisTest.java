package io.pdkit.autoconfigure.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.autoconfigure.testsupport.RedisServerExtension;
import io.pdkit.core.ratelimit.RateLimitKey;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RedisServerExtension.class)
class SharedRateLimitRedisTest {

	private static final int REQUESTS = 180;

	private static final Duration THREE_TIMES_THE_LIMIT = Duration.ofMillis(1000 / (3 * Fleet.LIMIT_PER_SECOND));

	@Test
	void twoInstancesWhenDrivenAtThreeTimesTheLimitShouldGetNo429sWithTheSharedLimiterAndManyWithout(
			RedisServer redis) {
		VirtualTime time = new VirtualTime();
		int[] without;
		int[] with;
		Duration virtualWith;
		try (PagerDutySimulator simulator = Fleet.simulator(time); Fleet fleet = new Fleet(time, simulator)) {
			Fleet.drive(time, List.of(fleet.instance(null), fleet.instance(null)), REQUESTS, THREE_TIMES_THE_LIMIT);
			without = fleet.takeCounts();
			simulator.reset();
			time.advance(Duration.ofSeconds(5));
			Instant started = time.instant();
			Fleet.drive(time, List.of(fleet.instance(redis), fleet.instance(redis)), REQUESTS, THREE_TIMES_THE_LIMIT);
			with = fleet.takeCounts();
			virtualWith = Duration.between(started, time.instant());
		}
		System.out.printf("fleet: 2 instances, %d calls at 3x the simulator's %d/s: without the limiter %d requests "
				+ "-> %d x 429; with the shared Redis limiter %d requests -> %d x 429 (the calls took %s of virtual time instead of %s)%n",
				REQUESTS, Fleet.LIMIT_PER_SECOND, without[0], without[1], with[0], with[1], virtualWith,
				THREE_TIMES_THE_LIMIT.multipliedBy(REQUESTS));
		assertThat(with).containsExactly(REQUESTS, 0);
		assertThat(without[0]).isEqualTo(REQUESTS);
		assertThat(without[1]).isGreaterThan(REQUESTS / 2);
		assertThat(virtualWith).isGreaterThan(Duration.ofSeconds(20));
	}

	@Test
	void sharedBucketsShouldBeKeyedByAHashAndNeverByTheSecret(RedisServer redis) {
		VirtualTime time = new VirtualTime();
		redis.flushAll();
		try (PagerDutySimulator simulator = Fleet.simulator(time); Fleet fleet = new Fleet(time, simulator)) {
			RestApiV2Client client = fleet.instance(redis);
			Fleet.drive(time, List.of(client), 3, Duration.ZERO);
		}

		List<String> keys = redis.keys();
		assertThat(keys).containsExactly(RateLimitKey.of("rest", Fleet.API_KEY).value());
		assertThat(keys.get(0)).doesNotContain(Fleet.API_KEY).doesNotContain("zzyy").doesNotContain("fleet-secret");
	}

}
