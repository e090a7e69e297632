package io.pdkit.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.pdkit.events.EventsApiV2Client;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * What one Events {@code trigger} costs apart from the network: pdkit and the raw POST of
 * {@link EventsBenchmark} on one in-memory request factory. Run it with {@code -prof gc}
 * for the allocation per call, which does not depend on how busy the machine is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventsOverheadBenchmark {

	private EventsApiV2Client client;

	private RestClient raw;

	@Setup
	public void setUp() {
		InMemoryRequestFactory factory = new InMemoryRequestFactory(EventsBenchmark.ACCEPTED);
		this.client = EventsApiV2Client.builder(Stub.ROUTING_KEY)
			.baseUrl(Stub.baseUrl())
			.requestFactory(factory)
			.build();
		this.raw = RestClient.builder().requestFactory(factory).build();
	}

	@TearDown
	public void tearDown() {
		this.client.close();
	}

	@Benchmark
	public String pdkit() {
		return this.client.trigger(EventsBenchmark.SUMMARY, EventsBenchmark.SOURCE);
	}

	@Benchmark
	public String raw() {
		return this.raw.post()
			.uri(URI.create(Stub.baseUrl() + "/v2/enqueue"))
			.header(HttpHeaders.CONTENT_TYPE, "application/json")
			.header(HttpHeaders.ACCEPT, "application/json")
			.body(EventsBenchmark.event())
			.exchange((request, response) -> Stub.MAPPER.readTree(response.getBody()), true)
			.get("dedup_key")
			.asString();
	}

}
