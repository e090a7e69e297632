package io.pdkit.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

/**
 * Connects Bucket4j to a Lettuce client on first use, with string keys, a request timeout
 * and keys that expire once their bucket would be full again. A failed connection is
 * attempted again on the next use.
 */
final class LettuceBuckets implements Supplier<ProxyManager<String>> {

	private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

	private final Supplier<AbstractRedisClient> client;

	private final Duration timeout;

	private final @Nullable TimeMeter clock;

	private @Nullable ProxyManager<String> buckets;

	LettuceBuckets(Supplier<AbstractRedisClient> client, Duration timeout, @Nullable TimeMeter clock) {
		this.client = client;
		this.timeout = timeout;
		this.clock = clock;
	}

	@Override
	public synchronized ProxyManager<String> get() {
		if (this.buckets == null) {
			this.buckets = connect(this.client.get());
		}
		return this.buckets;
	}

	private ProxyManager<String> connect(AbstractRedisClient client) {
		Bucket4jLettuce.LettuceBasedProxyManagerBuilder<String> builder;
		if (client instanceof RedisClient redis) {
			builder = Bucket4jLettuce.casBasedBuilder(redis.connect(CODEC));
		}
		else if (client instanceof RedisClusterClient cluster) {
			builder = Bucket4jLettuce.casBasedBuilder(cluster.connect(CODEC));
		}
		else {
			throw new IllegalStateException("Unsupported Lettuce client " + client.getClass().getName());
		}
		builder.requestTimeout(this.timeout)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)));
		if (this.clock != null) {
			builder.clientClock(this.clock);
		}
		return builder.build();
	}

}
