package io.pdkit.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A {@link WebhookDeliveryStore} shared by every instance through Redis: each id is
 * recorded with {@code SET key 1 NX PX ttl}, so the first instance to record a delivery
 * handles it and the others see a duplicate. Accepted ids are also kept in memory; while
 * Redis fails or does not answer within the store's timeout ({@link #DEFAULT_TIMEOUT}
 * unless given), the store logs one WARN, decides in memory (this instance's deliveries
 * only) and tries Redis again after 5 seconds. The timeout is the store's own: a silent
 * Redis holds a delivery no longer than that, whatever the connection's command timeout.
 *
 * <pre>{@code
 * WebhookDeliveryStore store = new RedisWebhookDeliveryStore(stringRedisTemplate, Duration.ofHours(24),
 *         "pdkit:webhook:", Duration.ofMillis(500));
 * }</pre>
 */
public final class RedisWebhookDeliveryStore implements WebhookDeliveryStore {

	/**
	 * How long a delivery waits for Redis before the store decides in memory, unless
	 * another timeout is given.
	 */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

	private static final Duration RETRY_REDIS_AFTER = Duration.ofSeconds(5);

	private static final int LOCAL_CAPACITY = 10_000;

	private static final Logger logger = LoggerFactory.getLogger(RedisWebhookDeliveryStore.class);

	private final StringRedisTemplate redis;

	private final Duration ttl;

	private final String keyPrefix;

	private final WebhookDeliveryStore local;

	private final Clock clock;

	private final Duration timeout;

	private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "pdkit-webhook-redis");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<Instant> redisRetryAt = new AtomicReference<>(Instant.MIN);

	/**
	 * Creates the store with an in-memory fallback of the same TTL and the
	 * {@link #DEFAULT_TIMEOUT}.
	 * @param redis the template of the application's Redis connection
	 * @param ttl how long an id is remembered
	 * @param keyPrefix prepended to every id to form the Redis key
	 */
	public RedisWebhookDeliveryStore(StringRedisTemplate redis, Duration ttl, String keyPrefix) {
		this(redis, ttl, keyPrefix, DEFAULT_TIMEOUT);
	}

	/**
	 * Creates the store with an in-memory fallback of the same TTL.
	 * @param redis the template of the application's Redis connection
	 * @param ttl how long an id is remembered
	 * @param keyPrefix prepended to every id to form the Redis key
	 * @param timeout the longest wait for Redis before deciding in memory; positive
	 */
	public RedisWebhookDeliveryStore(StringRedisTemplate redis, Duration ttl, String keyPrefix, Duration timeout) {
		this(redis, ttl, keyPrefix, timeout, new RecentDeliveries(ttl, LOCAL_CAPACITY, Clock.systemUTC()),
				Clock.systemUTC());
	}

	RedisWebhookDeliveryStore(StringRedisTemplate redis, Duration ttl, String keyPrefix, Duration timeout,
			WebhookDeliveryStore local, Clock clock) {
		this.redis = Objects.requireNonNull(redis, "redis must not be null");
		if (ttl == null || ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("ttl must be positive, was " + ttl);
		}
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, was " + timeout);
		}
		this.ttl = ttl;
		this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
		this.timeout = timeout;
		this.local = local;
		this.clock = clock;
	}

	@Override
	public boolean markIfNew(List<String> ids) {
		if (usingLocal()) {
			return this.local.markIfNew(ids);
		}
		boolean isNew = true;
		try {
			for (String id : ids) {
				if (!Boolean.TRUE.equals(withinTimeout(
						() -> this.redis.opsForValue().setIfAbsent(this.keyPrefix + id, "1", this.ttl)))) {
					isNew = false;
				}
			}
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
			return this.local.markIfNew(ids);
		}
		redisAnswered();
		if (isNew) {
			this.local.markIfNew(ids);
		}
		return isNew;
	}

	@Override
	public void forget(List<String> ids) {
		this.local.forget(ids);
		if (usingLocal()) {
			return;
		}
		try {
			withinTimeout(() -> this.redis.delete(ids.stream().map(id -> this.keyPrefix + id).toList()));
		}
		catch (RuntimeException ex) {
			redisFailed(ex);
		}
	}

	private <T> T withinTimeout(Supplier<T> call) {
		Future<T> answer = this.calls.submit(call::get);
		try {
			return answer.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw new QueryTimeoutException("Redis did not answer within " + this.timeout, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Redis", ex);
		}
	}

	private boolean usingLocal() {
		return this.clock.instant().isBefore(this.redisRetryAt.get());
	}

	private void redisFailed(RuntimeException ex) {
		Instant previous = this.redisRetryAt.getAndSet(this.clock.instant().plus(RETRY_REDIS_AFTER));
		if (previous.equals(Instant.MIN)) {
			logger.warn(
					"Redis unavailable for PagerDuty webhook de-duplication ({}); recognising duplicates in this "
							+ "instance's memory only and retrying Redis every {} s",
					ex.getClass().getSimpleName(), RETRY_REDIS_AFTER.toSeconds());
		}
	}

	private void redisAnswered() {
		if (!Instant.MIN.equals(this.redisRetryAt.get())
				&& !Instant.MIN.equals(this.redisRetryAt.getAndSet(Instant.MIN))) {
			logger.info("Redis answers again; PagerDuty webhook de-duplication is shared again");
		}
	}

	@Override
	public String toString() {
		return "RedisWebhookDeliveryStore[keyPrefix=" + this.keyPrefix + ", ttl=" + this.ttl + ", timeout="
				+ this.timeout + "]";
	}

}
