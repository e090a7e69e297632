package io.pdkit.core.ratelimit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Bucket4jRateLimiterDrainTest {

	private static final RateLimitKey KEY = RateLimitKey.of("rest", "abcdefgh1234");

	private static final RateLimits LIMITS = new RateLimits(
			Map.of("rest", RateLimit.of(10, Duration.ofSeconds(1)).withBurst(2)));

	private static final Duration RESET = Duration.ofSeconds(3);

	private final FakeTime time = new FakeTime();

	private final InMemoryProxyManager engine = new InMemoryProxyManager(this.time);

	@Test
	void drainWhenSharedShouldMakeTheNextPermitWaitUntilTheReset() throws InterruptedException {
		Bucket4jRateLimiter limiter = limiter(this.engine);

		limiter.drain(KEY, RESET);

		assertThat(limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(RESET);
	}

	@Test
	void drainWhenAlreadyDrainedShouldNotDrainAgain() throws InterruptedException {
		Bucket4jRateLimiter limiter = limiter(this.engine);

		limiter.drain(KEY, RESET);
		limiter.drain(KEY, RESET);

		assertThat(limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(RESET);
	}

	@Test
	void drainWhenAnotherInstanceDrainsBetweenTheReadAndTheTakeShouldStillWaitOnlyUntilTheReset()
			throws InterruptedException {
		Bucket4jRateLimiter other = limiter(this.engine);
		AtomicBoolean raced = new AtomicBoolean();
		Bucket4jRateLimiter limiter = limiter(afterEach(ProxyManager.class, this.engine,
				(name, builder) -> name.equals("builder") ? afterEach(RemoteBucketBuilder.class, builder,
						(built, bucket) -> afterEach(BucketProxy.class, bucket, (call, result) -> {
							if (call.equals("getAvailableTokens") && raced.compareAndSet(false, true)) {
								other.drain(KEY, RESET);
							}
							return result;
						})) : builder));

		limiter.drain(KEY, RESET);

		assertThat(raced).isTrue();
		assertThat(limiter.acquire(KEY, Duration.ofMinutes(1), this.time)).contains(RESET);
	}

	private Bucket4jRateLimiter limiter(ProxyManager<String> buckets) {
		return new Bucket4jRateLimiter(buckets, LIMITS, new InMemoryRateLimiter(LIMITS, this.time), this.time);
	}

	@SuppressWarnings("unchecked")
	private static <T> T afterEach(Class<?> type, Object target, BiFunction<String, Object, Object> after) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			try {
				return after.apply(method.getName(), method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		});
	}

}
