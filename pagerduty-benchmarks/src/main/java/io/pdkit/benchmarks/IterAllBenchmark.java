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
 * Walks the 10,000 users of {@code /users} (100 pages of 100): pdkit's {@code iterAll}
 * against a raw {@code limit}/{@code offset} loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IterAllBenchmark {

	static final int USERS = 10_000;

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
		long count = this.client.iterAll("/users").peek(blackhole::consume).count();
		return check(count);
	}

	@Benchmark
	public long raw(Blackhole blackhole) {
		long count = 0;
		for (int offset = 0;;) {
			JsonNode page = this.raw.get("/users?limit=100&total=false&offset=" + offset);
			JsonNode users = page.get("users");
			for (JsonNode user : users) {
				blackhole.consume(user);
				count++;
			}
			offset += users.size();
			if (!page.get("more").asBoolean() || users.isEmpty() || offset + 100 > USERS) {
				break;
			}
		}
		return check(count);
	}

	private static long check(long count) {
		if (count != USERS) {
			throw new IllegalStateException("expected " + USERS + " users, got " + count);
		}
		return count;
	}

}
