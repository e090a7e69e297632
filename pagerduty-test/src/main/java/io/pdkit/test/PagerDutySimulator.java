package io.pdkit.test;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.internal.Credentials;
import io.pdkit.test.internal.DemoData;
import io.pdkit.test.internal.ExchangeHandler;
import io.pdkit.test.internal.Links;
import io.pdkit.test.internal.LoopbackHttpServer;
import io.pdkit.test.internal.SimContext;
import io.pdkit.test.internal.SimulatorEngine;

/**
 * An in-process fake PagerDuty on loopback: REST API v2 and Events API v2 with in-memory, thread-safe state, so
 * that nobody needs a PagerDuty account to try pdkit, run its tests or test their own application.
 *
 * <pre>{@code
 * try (PagerDutySimulator sim = PagerDutySimulator.builder().seed(Seed.DEMO).start()) {
 *     RestApiV2Client rest = RestApiV2Client.builder(sim.apiKey()).baseUrl(sim.restBaseUrl()).build();
 *     EventsApiV2Client events = EventsApiV2Client.builder(sim.routingKey()).baseUrl(sim.eventsBaseUrl()).build();
 *     String dedupKey = events.trigger("Disk full on db-1", "db-1");
 *     sim.failNext(503);                       // the next request answers 503
 *     List<ReceivedRequest> sent = sim.requests();
 * }
 * }</pre>
 *
 * <p>Both APIs are served from one root URL: REST paths such as {@code /incidents} and Events paths
 * {@code /v2/enqueue} and {@code /v2/change/enqueue}. Every response carries {@code x-request-id} and
 * {@code ratelimit-limit}/{@code ratelimit-remaining}/{@code ratelimit-reset}.
 */
public final class PagerDutySimulator implements AutoCloseable {

    /** The Events API v2 routing key of the {@link Seed#DEMO} "Checkout API" service. */
    public static final String DEMO_ROUTING_KEY = DemoData.CHECKOUT_ROUTING_KEY;
    /** The API key {@link #apiKey()} returns when none was configured (then any non-empty token is accepted). */
    public static final String DEFAULT_API_KEY = "pdkit-simulator-api-key";
    /** PagerDuty's REST budget per API key: 960 requests per minute. */
    public static final int DEFAULT_RATE_LIMIT = 960;

    private final Builder settings;
    private volatile @Nullable LoopbackHttpServer server;
    private volatile @Nullable SimulatorEngine engine;
    private boolean closed;

    private PagerDutySimulator(Builder settings) {
        this.settings = settings.copy();
    }

    /** A builder with defaults: a free port, {@link Seed#DEMO}, any non-empty token accepted, 960 requests/min. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 and starts answering requests.
     *
     * @return this simulator
     * @throws IllegalStateException when already started or closed
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized PagerDutySimulator start() {
        if (server != null || closed) {
            throw new IllegalStateException(closed ? "The simulator is closed" : "The simulator is already started");
        }
        LoopbackHttpServer http = LoopbackHttpServer.bind(settings.port);
        try {
            SimulatorEngine started = new SimulatorEngine(
                    new Links(http.baseUrl(), "https://pdkit-sim.pagerduty.com"), settings.clock,
                    settings.credentials(), settings.seeder(), settings.rateLimit, settings.rateLimitWindow);
            http.start(new ExchangeHandler(started));
            this.engine = started;
            this.server = http;
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
        return this;
    }

    /** Stops the server and releases its port. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Whether the simulator is started and not closed. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The bound port. */
    public int port() {
        return requireServer().port();
    }

    /** The REST API v2 base URL, e.g. {@code http://127.0.0.1:8089}; resources' {@code self} URLs start with it. */
    public String restBaseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The Events API v2 base URL (the same root): clients POST {@code /v2/enqueue} below it. */
    public String eventsBaseUrl() {
        return restBaseUrl();
    }

    /** An API key the REST API accepts. */
    public String apiKey() {
        return settings.apiKey == null ? DEFAULT_API_KEY : settings.apiKey;
    }

    /**
     * The routing key of the first service (with {@link Seed#DEMO}, {@link #DEMO_ROUTING_KEY}).
     *
     * @throws IllegalStateException when the account has no service with an Events API v2 integration
     */
    public String routingKey() {
        List<String> keys = routingKeys();
        if (keys.isEmpty()) {
            throw new IllegalStateException("The simulated account has no Events API v2 integration;"
                    + " use Seed.DEMO or create one with POST /services/{id}/integrations");
        }
        return keys.get(0);
    }

    /** Every routing key of the account, in creation order. */
    public List<String> routingKeys() {
        return requireEngine().withState(state -> List.copyOf(state.routingKeys()));
    }

    /** The email of the API key's owner ({@code /users/me}), usable as the {@code From} header. */
    public String ownerEmail() {
        return DemoData.OWNER_EMAIL;
    }

    /** Returns the account to its seed and forgets queued faults, the journal and the rate-limit window. */
    public void reset() {
        requireEngine().reset();
    }

    /** Every request received since the start, the last {@link #reset()} or {@link #clearRequests()}. */
    public List<ReceivedRequest> requests() {
        return requireEngine().journal().snapshot();
    }

    /**
     * The most recent request.
     *
     * @throws IllegalStateException when none was received
     */
    public ReceivedRequest lastRequest() {
        List<ReceivedRequest> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("The simulator has received no request");
        }
        return all.get(all.size() - 1);
    }

    /** Forgets the recorded requests. */
    public void clearRequests() {
        requireEngine().journal().clear();
    }

    /** Queues a fault for the next request that has none yet. */
    public PagerDutySimulator enqueueFault(Fault fault) {
        requireEngine().faults().add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** The next request answers {@code status} (e.g. 500, 502, 503) with PagerDuty's error body. */
    public PagerDutySimulator failNext(int status) {
        return failNext(status, 1);
    }

    /** The next {@code times} requests answer {@code status}. */
    public PagerDutySimulator failNext(int status, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        Fault fault = Fault.status(status);
        for (int i = 0; i < times; i++) {
            enqueueFault(fault);
        }
        return this;
    }

    /** The next request is answered normally after {@code delay} (spent in the server thread). */
    public PagerDutySimulator delayNext(Duration delay) {
        return enqueueFault(Fault.delay(delay));
    }

    /** The next request's connection is closed without any response. */
    public PagerDutySimulator dropNextConnection() {
        return enqueueFault(Fault.dropConnection());
    }

    /** Forgets queued faults. */
    public PagerDutySimulator clearFaults() {
        requireEngine().faults().clear();
        return this;
    }

    /**
     * Allows {@code requests} per {@code window} from now on; beyond that, requests answer 429 with
     * {@code ratelimit-reset} saying how many seconds remain in the window. Survives {@link #reset()}.
     */
    public PagerDutySimulator rateLimit(int requests, Duration window) {
        Objects.requireNonNull(window, "window");
        requireEngine().rateLimiter().configure(requests, window);
        return this;
    }

    /** Describes the simulator without revealing its API key. */
    @Override
    public String toString() {
        String key = apiKey();
        String masked = "*" + key.substring(Math.max(0, key.length() - 4));
        return "PagerDutySimulator[" + (isRunning() ? restBaseUrl() : "not running") + ", seed=" + settings.seed
                + ", apiKey=" + masked + "]";
    }

    private LoopbackHttpServer requireServer() {
        LoopbackHttpServer current = server;
        if (current == null) {
            throw new IllegalStateException("The simulator is not running; call start()");
        }
        return current;
    }

    private SimulatorEngine requireEngine() {
        SimulatorEngine current = engine;
        if (current == null) {
            throw new IllegalStateException("The simulator is not running; call start()");
        }
        return current;
    }

    /** Configures a {@link PagerDutySimulator}. Not thread-safe; each {@link #build()} takes a copy. */
    public static final class Builder {

        private int port;
        private Seed seed = Seed.DEMO;
        private @Nullable String apiKey;
        private Clock clock = Clock.systemUTC();
        private int rateLimit = DEFAULT_RATE_LIMIT;
        private Duration rateLimitWindow = Duration.ofMinutes(1);
        private boolean accountLevelKey;

        private Builder() {
        }

        /** The port to bind on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The initial data, also restored by {@link PagerDutySimulator#reset()}. */
        public Builder seed(Seed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * Accept only this credential ({@code Token token=<apiKey>} or {@code Bearer <apiKey>}); any other answers
         * 401. Without it, any non-empty credential is accepted.
         */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Behave as if the API key were an account-level key: {@code GET /users/me} answers 400 as PagerDuty does
         * (by default the key belongs to the owner, Ada Lovelace, like a user-level key).
         */
        public Builder accountLevelKey(boolean accountLevelKey) {
            this.accountLevelKey = accountLevelKey;
            return this;
        }

        /** The clock for timestamps and the rate-limit window; the system UTC clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The initial rate limit; 960 requests per minute by default. */
        public Builder rateLimit(int requests, Duration window) {
            if (requests < 0) {
                throw new IllegalArgumentException("requests must not be negative: " + requests);
            }
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
            this.rateLimit = requests;
            this.rateLimitWindow = window;
            return this;
        }

        /** A simulator with these settings, not yet started. */
        public PagerDutySimulator build() {
            return new PagerDutySimulator(this);
        }

        /** Builds and starts a simulator. */
        public PagerDutySimulator start() {
            return build().start();
        }

        Credentials credentials() {
            return apiKey == null ? new Credentials(true, Set.of()) : new Credentials(false, Set.of(apiKey));
        }

        Consumer<SimContext> seeder() {
            Consumer<SimContext> seeder = seed == Seed.DEMO ? DemoData::seedDemo : DemoData::seedEmpty;
            return accountLevelKey ? seeder.andThen(context -> context.state().currentUserId(null)) : seeder;
        }

        Builder copy() {
            Builder copy = new Builder();
            copy.port = port;
            copy.seed = seed;
            copy.apiKey = apiKey;
            copy.clock = clock;
            copy.rateLimit = rateLimit;
            copy.rateLimitWindow = rateLimitWindow;
            copy.accountLevelKey = accountLevelKey;
            return copy;
        }
    }
}
