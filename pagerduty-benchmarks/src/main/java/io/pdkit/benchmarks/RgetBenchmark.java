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
import tools.jackson.databind.JsonNode;

/**
 * One {@code rget("/users/{id}")}: pdkit against a raw GET that reads the {@code user}
 * wrapper itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RgetBenchmark {

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
	public JsonNode pdkit() {
		return this.client.rget("/users/PUSER01");
	}

	@Benchmark
	public JsonNode raw() {
		return this.raw.get("/users/PUSER01").get("user");
	}

}
