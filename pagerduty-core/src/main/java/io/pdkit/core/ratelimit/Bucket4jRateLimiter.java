package io.pdkit.core.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.pdkit.core.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RateLimiter} whose buckets live in a shared engine through Bucket4j (Redis
 * through {@code bucket4j_jdk17-lettuce}, or any other Bucket4j backend), so that every
 * instance using the same credential spends one budget. When the engine fails, the
 * limiter logs one WARN and limits with the in-memory fallback, trying the engine again
 * after {@link #RETRY_SHARED_AFTER}; set a request timeout on the proxy manager so that a
 * silent engine cannot hold a call for long.
 *
 * <pre>{@code
 * RedisClient redis = RedisClient.create("redis://localhost:6379");
 * ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(redis.connect(
 *         RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)))
 *     .requestTimeout(Duration.ofSeconds(1))
 *     .build();
 * RateLimiter limiter = Bucket4jRateLimiter.of(buckets, RateLimits.pagerDuty());
 * }</pre>
 */
public final class Bucket4jRateLimiter implements RateLimiter {

	/**
	 * How long the in-memory fallback is used after the shared engine failed before it is
	 * tried again.
	 */
	public static final Duration RETRY_SHARED_AFTER = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(Bucket4jRateLimiter.class);

	private final Supplier<ProxyManager<String>> buckets;

	private final RateLimits limits;

	private final RateLimiter fallback;

	private final Clock clock;

	private final AtomicReference<Instant> sharedRetryAt = new AtomicReference<>(Instant.MIN);

	/**
	 * Creates the limiter.
	 * @param buckets the Bucket4j proxy manager keyed by {@link RateLimitKey#value()}
	 * @param limits the budget of each API
	 * @param fallback the limiter used while the shared engine fails
	 * @param clock the clock that times the retry of a failed engine
	 */
	public Bucket4jRateLimiter(ProxyManager<String> buckets, RateLimits limits, RateLimiter fallback, Clock clock) {
		this(fixed(Objects.requireNonNull(buckets, "buckets must not be null")), limits, fallback, clock);
	}

	/**
	 * Creates a limiter whose proxy manager is obtained when needed, for example to
	 * connect lazily: a supplier that throws is treated like an engine that fails, and
	 * asked again later.
	 * @param buckets supplies the Bucket4j proxy manager keyed by
	 * {@link RateLimitKey#value()}
	 * @param limits the budget of each API
	 * @param fallback the limiter used while the shared engine fails
	 * @param clock the clock that times the retry of a failed engine
	 */
	public Bucket4jRateLimiter(Supplier<ProxyManager<String>> buckets, RateLimits limits, RateLimiter fallback,
			Clock clock) {
		this.buckets = Objects.requireNonNull(buckets, "buckets must not be null");
		this.limits = Objects.requireNonNull(limits, "limits must not be null");
		this.fallback = Objects.requireNonNull(fallback, "fallback must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/**
	 * Creates a limiter with an in-memory fallback of the same limits.
	 * @param buckets the Bucket4j proxy manager keyed by {@link RateLimitKey#value()}
	 * @param limits the budget of each API
	 * @return the limiter
	 */
	public static Bucket4jRateLimiter of(ProxyManager<String> buckets, RateLimits limits) {
		return new Bucket4jRateLimiter(buckets, limits, new InMemoryRateLimiter(limits, Clock.systemUTC()),
				Clock.systemUTC());
	}

	@Override
	public Optional<Duration> acquire(RateLimitKey key, Duration maxWait, Sleeper sleeper) throws InterruptedException {
		Optional<RateLimit> limit = this.limits.forApi(key.api());
		if (limit.isEmpty()) {
			return Optional.of(Duration.ZERO);
		}
		if (usingFallback()) {
			return this.fallback.acquire(key, maxWait, sleeper);
		}
		AtomicLong waited = new AtomicLong();
		boolean acquired;
		try {
			acquired = bucket(key, limit.get()).asBlocking().tryConsume(1, maxWait, nanos -> {
				sleeper.sleep(Duration.ofNanos(nanos));
				waited.addAndGet(nanos);
			});
		}
		catch (RuntimeException ex) {
			sharedFailed(ex);
			return this.fallback.acquire(key, maxWait, sleeper);
		}
		sharedAnswered();
		return acquired ? Optional.of(Duration.ofNanos(waited.get())) : Optional.empty();
	}

	@Override
	public void drain(RateLimitKey key, Duration resetIn) {
		Optional<RateLimit> limit = this.limits.forApi(key.api());
		if (limit.isEmpty()) {
			return;
		}
		this.fallback.drain(key, resetIn);
		if (usingFallback()) {
			return;
		}
		try {
			drainShared(bucket(key, limit.get()), limit.get(), resetIn);
			sharedAnswered();
		}
		catch (RuntimeException ex) {
			sharedFailed(ex);
		}
	}

	/**
	 * Lowers the shared balance to the one that leaves no token until {@code resetIn}.
	 * The engine has no atomic "lower to", so this reads, takes the difference, and then
	 * gives back whatever the take removed below the target because another instance
	 * drained (or consumed) between the read and the take: concurrent drains for the same
	 * 429 end at the target instead of adding up.
	 */
	private static void drainShared(BucketProxy bucket, RateLimit limit, Duration resetIn) {
		double perNano = limit.refillPerPeriod() / (double) limit.period().toNanos();
		long target = (long) Math.floor(1 - resetIn.toNanos() * perNano);
		long available = bucket.getAvailableTokens();
		if (available <= target) {
			return;
		}
		long taken = available - target;
		long penaltyNanos = bucket.consumeIgnoringRateLimits(taken);
		if (penaltyNanos <= 0 || penaltyNanos == Long.MAX_VALUE) {
			return;
		}
		long balance = -(long) Math.floor(penaltyNanos * perNano);
		if (balance < target) {
			bucket.addTokens(Math.min(taken, target - balance));
		}
	}

	private BucketProxy bucket(RateLimitKey key, RateLimit limit) {
		return this.buckets.get().builder().build(key.value(), () -> configuration(limit));
	}

	private static Supplier<ProxyManager<String>> fixed(ProxyManager<String> buckets) {
		return () -> buckets;
	}

	static BucketConfiguration configuration(RateLimit limit) {
		return BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.burst())
				.refillGreedy(limit.refillPerPeriod(), limit.period()))
			.build();
	}

	private boolean usingFallback() {
		return this.clock.instant().isBefore(this.sharedRetryAt.get());
	}

	private void sharedFailed(RuntimeException ex) {
		Instant previous = this.sharedRetryAt.getAndSet(this.clock.instant().plus(RETRY_SHARED_AFTER));
		if (previous.equals(Instant.MIN)) {
			logger.warn(
					"Shared rate limiter unavailable ({}); limiting with this instance's in-memory buckets and "
							+ "retrying the shared engine every {} s",
					ex.getClass().getSimpleName(), RETRY_SHARED_AFTER.toSeconds());
		}
		else {
			logger.debug("Shared rate limiter still unavailable ({})", ex.getClass().getSimpleName());
		}
	}

	private void sharedAnswered() {
		if (!Instant.MIN.equals(this.sharedRetryAt.get())
				&& !Instant.MIN.equals(this.sharedRetryAt.getAndSet(Instant.MIN))) {
			logger.info("Shared rate limiter answers again; using the shared buckets");
		}
	}

	@Override
	public String toString() {
		return "Bucket4jRateLimiter" + this.limits.byApi();
	}

}
