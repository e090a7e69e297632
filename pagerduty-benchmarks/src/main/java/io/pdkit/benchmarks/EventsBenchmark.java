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

/**
 * Eight threads triggering events through one client: pdkit's {@code trigger} against a raw POST of the same
 * event body that reads the {@code dedup_key} itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class EventsBenchmark {

    private static final byte[] EVENT = ("{\"routing_key\":\"" + Stub.ROUTING_KEY + "\",\"event_action\":\"trigger\","
            + "\"payload\":{\"summary\":\"Disk 99% full on db01\",\"source\":\"db01.example.com\","
            + "\"severity\":\"critical\"}}").getBytes(StandardCharsets.UTF_8);

    @Param("APACHE")
    public String stack = "APACHE";

    private EventsApiV2Client client;

    private Stub.RawClient raw;

    @Setup
    public void setUp() {
        HttpClientType type = HttpClientType.valueOf(this.stack);
        this.client = EventsApiV2Client.builder(Stub.ROUTING_KEY).baseUrl(Stub.baseUrl()).httpClientType(type).build();
        this.raw = Stub.raw(type);
    }

    @TearDown
    public void tearDown() throws Exception {
        this.client.close();
        this.raw.close();
    }

    @Benchmark
    public String pdkit() {
        return this.client.trigger("Disk 99% full on db01", "db01.example.com");
    }

    @Benchmark
    public String raw() {
        return this.raw.post("/v2/enqueue", EVENT).get("dedup_key").asString();
    }

}
