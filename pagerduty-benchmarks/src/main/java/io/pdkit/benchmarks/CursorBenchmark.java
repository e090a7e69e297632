package io.pdkit.benchmarks;

import java.util.concurrent.TimeUnit;

import io.pdkit.core.HttpClientType;
import io.pdkit.rest.RestApiV2Client;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

/**
 * Walks 100,000 audit records (1,000 cursor pages of 100): pdkit's {@code iterCursor}
 * against a raw cursor loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CursorBenchmark {

	static final int RECORDS = 100_000;

	@Param("APACHE")
	public String stack = "APACHE";

	private RestApiV2Client client;

	private Stub.RawClient raw;

	@Setup
	public void setUp() {
		HttpClientType type = HttpClientType.valueOf(this.stack);
		this.client = RestApiV2Client.builder(Stub.API_KEY).baseUrl(Stub.baseUrl()).httpClientType(type).build();
		this.raw = Stub.raw(type);
	}

	@TearDown
	public void tearDown() throws Exception {
		this.client.close();
		this.raw.close();
	}

	@Benchmark
	public long pdkit(Blackhole blackhole) {
		return check(this.client.iterCursor("/audit/records").peek(blackhole::consume).count());
	}

	@Benchmark
	public long raw(Blackhole blackhole) {
		long count = 0;
		String cursor = null;
		do {
			JsonNode page = this.raw.get("/audit/records?limit=100" + ((cursor != null) ? "&cursor=" + cursor : ""));
			for (JsonNode record : page.get("records")) {
				blackhole.consume(record);
				count++;
			}
			JsonNode next = page.get("next_cursor");
			cursor = (next == null || next.isNull() || next.asString("").isEmpty()) ? null : next.asString();
		}
		while (cursor != null);
		return check(count);
	}

	static long check(long count) {
		if (count != RECORDS) {
			throw new IllegalStateException("expected " + RECORDS + " records, got " + count);
		}
		return count;
	}

}
