package io.pdkit.core.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * A Bucket4j engine in a map, with compare-and-swap like the Redis one, on a test clock:
 * it runs the same remote commands as Redis without a server.
 */
final class InMemoryProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

	private final ConcurrentMap<String, byte[]> states = new ConcurrentHashMap<>();

	InMemoryProxyManager(Clock clock) {
		super(ClientSideConfig.getDefault().withClientClock(timeMeter(clock)));
	}

	private static TimeMeter timeMeter(Clock clock) {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		return new CompareAndSwapOperation() {
			@Override
			public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
				return Optional.ofNullable(InMemoryProxyManager.this.states.get(key));
			}

			@Override
			public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
					Optional<Long> timeoutNanos) {
				return swap(key, originalData, newData);
			}
		};
	}

	private boolean swap(String key, byte[] originalData, byte[] newData) {
		if (originalData == null) {
			return this.states.putIfAbsent(key, newData) == null;
		}
		boolean[] swapped = new boolean[1];
		this.states.computeIfPresent(key, (name, current) -> {
			swapped[0] = Arrays.equals(current, originalData);
			return swapped[0] ? newData : current;
		});
		return swapped[0];
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("synchronous only");
	}

	@Override
	public void removeProxy(String key) {
		this.states.remove(key);
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		removeProxy(key);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public boolean isAsyncModeSupported() {
		return false;
	}

}
