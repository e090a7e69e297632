package io.pdkit.benchmarks;

import io.pdkit.rest.RestApiV2Client;

/**
 * Walks the 100,000 audit records of the stub with {@code iterCursor};
 * {@code scripts/bench.sh} runs it with {@code -Xmx32m} to show that a walk holds one
 * page at a time.
 */
public final class CursorWalkProbe {

	private CursorWalkProbe() {
	}

	public static void main(String[] args) {
		long started = System.nanoTime();
		try (RestApiV2Client client = RestApiV2Client.builder(Stub.API_KEY).baseUrl(Stub.baseUrl()).build()) {
			long count = CursorBenchmark.check(client.iterCursor("/audit/records").count());
			Runtime runtime = Runtime.getRuntime();
			System.out.printf("xmx32m: walked %d cursor records in %d ms with max heap %d MB%n", count,
					(System.nanoTime() - started) / 1_000_000, runtime.maxMemory() >> 20);
		}
	}

}
