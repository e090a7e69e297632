package io.pdkit.rest.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.core.internal.ResolvedRequest;

/**
 * Thread-safe API call counts and cumulative time per {@code METHOD endpoint}.
 */
public final class CallStatistics {

	private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, LongAdder> nanos = new ConcurrentHashMap<>();

	/**
	 * Records one response under {@code METHOD canonical-path}, or {@code METHOD url} if
	 * the path has none.
	 * @param request the resolved request
	 * @param response the response
	 */
	public void record(ResolvedRequest request, ApiResponse response) {
		Endpoint endpoint = request.endpoint();
		String key = (endpoint != null) ? endpoint.key()
				: request.method() + " " + ErrorMessages.displayUrl(response.uri());
		record(key, response.elapsed());
	}

	/**
	 * Records one call.
	 * @param key {@code METHOD endpoint}
	 * @param elapsed time the call took
	 */
	public void record(String key, Duration elapsed) {
		this.counts.computeIfAbsent(key, k -> new LongAdder()).increment();
		this.nanos.computeIfAbsent(key, k -> new LongAdder()).add(elapsed.toNanos());
	}

	/**
	 * Returns a snapshot of the call counts, sorted by key.
	 * @return the counts
	 */
	public Map<String, Long> counts() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((key, count) -> snapshot.put(key, count.sum()));
		return Collections.unmodifiableMap(snapshot);
	}

	/**
	 * Returns a snapshot of the cumulative call time, sorted by key.
	 * @return the times
	 */
	public Map<String, Duration> times() {
		Map<String, Duration> snapshot = new TreeMap<>();
		this.nanos.forEach((key, sum) -> snapshot.put(key, Duration.ofNanos(sum.sum())));
		return Collections.unmodifiableMap(snapshot);
	}

}
