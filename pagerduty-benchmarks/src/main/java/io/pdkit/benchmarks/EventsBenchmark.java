package io.pdkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.pdkit.core.HttpClientType;
import io.pdkit.events.EventsApiV2Client;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import tools.jackson.databind.node.ObjectNode;

/**
 * Eight threads triggering events through one client: pdkit's {@code trigger} against
 * what a user would write by hand on the same HTTP stack and connection pool size: the
 * same event built with Jackson on every call, POSTed with a {@code RestClient}, and the
 * {@code dedup_key} read from the answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class EventsBenchmark {

	static final String SUMMARY = "Disk 99% full on db01";

	static final String SOURCE = "db01.example.com";

	static final byte[] ACCEPTED = "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"b0b5bench0dedup\"}"
		.getBytes(StandardCharsets.UTF_8);

	/**
	 * Calls made by one thread on both sides before the eight threads start: on two
	 * cores, eight busy threads leave the JIT compiler so little CPU that both sides
	 * would still be speeding up after minutes.
	 */
	private static final int WARM_UP_CALLS = 10_000;

	@Param("APACHE")
	public String stack = "APACHE";

	private EventsApiV2Client client;

	private Stub.RawClient raw;

	@Setup
	public void setUp() {
		HttpClientType type = HttpClientType.valueOf(this.stack);
		this.client = EventsApiV2Client.builder(Stub.ROUTING_KEY).baseUrl(Stub.baseUrl()).httpClientType(type).build();
		this.raw = Stub.raw(type);
		for (int i = 0; i < WARM_UP_CALLS; i++) {
			pdkit();
			raw();
		}
	}

	@TearDown
	public void tearDown() throws Exception {
		this.client.close();
		this.raw.close();
	}

	@Benchmark
	public String pdkit() {
		return this.client.trigger(SUMMARY, SOURCE);
	}

	@Benchmark
	public String raw() {
		return this.raw.post("/v2/enqueue", event()).get("dedup_key").asString();
	}

	/**
	 * The event a hand-written loop sends: built and serialised on every call, as a
	 * user's code would.
	 */
	static byte[] event() {
		ObjectNode event = Stub.MAPPER.createObjectNode();
		event.put("routing_key", Stub.ROUTING_KEY);
		event.put("event_action", "trigger");
		ObjectNode payload = event.putObject("payload");
		payload.put("summary", SUMMARY);
		payload.put("source", SOURCE);
		payload.put("severity", "critical");
		return Stub.MAPPER.writeValueAsBytes(event);
	}

}
