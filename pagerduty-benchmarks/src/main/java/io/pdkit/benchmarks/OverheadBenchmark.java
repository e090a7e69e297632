package io.pdkit.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.pdkit.rest.RestApiV2Client;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * What {@code rget} costs apart from the network: pdkit and the raw loop on one in-memory
 * request factory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OverheadBenchmark {

	private static final byte[] USER = ("{\"user\":{\"id\":\"PUSER01\",\"type\":\"user\",\"name\":\"User 1\","
			+ "\"email\":\"user1@example.com\",\"teams\":[{\"id\":\"PTEAM01\",\"type\":\"team_reference\"}]}}")
		.getBytes(StandardCharsets.UTF_8);

	private RestApiV2Client client;

	private RestClient raw;

	@Setup
	public void setUp() {
		InMemoryRequestFactory factory = new InMemoryRequestFactory(USER);
		this.client = RestApiV2Client.builder(Stub.API_KEY).baseUrl(Stub.baseUrl()).requestFactory(factory).build();
		this.raw = RestClient.builder().requestFactory(factory).build();
	}

	@TearDown
	public void tearDown() {
		this.client.close();
	}

	@Benchmark
	public JsonNode pdkit() {
		return this.client.rget("/users/PUSER01");
	}

	@Benchmark
	public JsonNode raw() {
		return this.raw.get()
			.uri(URI.create(Stub.baseUrl() + "/users/PUSER01"))
			.header(HttpHeaders.AUTHORIZATION, "Token token=" + Stub.API_KEY)
			.header(HttpHeaders.ACCEPT, Stub.ACCEPT)
			.exchange((request, response) -> Stub.MAPPER.readTree(response.getBody()), true)
			.get("user");
	}

}
