package io.pdkit.test;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.internal.Credentials;
import io.pdkit.test.internal.DemoData;
import io.pdkit.test.internal.ExchangeHandler;
import io.pdkit.test.internal.Links;
import io.pdkit.test.internal.LoopbackHttpServer;
import io.pdkit.test.internal.OAuthTokens;
import io.pdkit.test.internal.SimContext;
import io.pdkit.test.internal.SimulatorEngine;

/**
 * An in-process fake PagerDuty on loopback: REST API v2 and Events API v2 with in-memory,
 * thread-safe state, so that nobody needs a PagerDuty account to try pdkit, run its tests
 * or test their own application.
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
 * <p>
 * Both APIs are served from one root URL: REST paths such as {@code /incidents} and
 * Events paths {@code /v2/enqueue} and {@code /v2/change/enqueue}, and so is the identity
 * service's {@code /oauth/token}. The REST API accepts only the configured API keys
 * ({@link #DEFAULT_API_KEY} unless the builder names others) and the unexpired access
 * tokens the simulator issued; anything else answers 401. Every response carries
 * {@code x-request-id} and
 * {@code ratelimit-limit}/{@code ratelimit-remaining}/{@code ratelimit-reset}.
 */
public final class PagerDutySimulator implements AutoCloseable {

	/** The Events API v2 routing key of the {@link Seed#DEMO} "Checkout API" service. */
	public static final String DEMO_ROUTING_KEY = DemoData.CHECKOUT_ROUTING_KEY;

	/**
	 * The demo API key, accepted and returned by {@link #apiKey()} when no key was
	 * configured with the builder.
	 */
	public static final String DEFAULT_API_KEY = "pdkit-simulator-api-key";

	/**
	 * The scope naming the simulated account in a scoped app token request
	 * (client-credentials grant).
	 */
	public static final String OAUTH_ACCOUNT_SCOPE = "as_account-us.pdkit-sim";

	/**
	 * How long the access tokens of the OAuth token endpoint are valid by default: one
	 * day.
	 */
	public static final Duration DEFAULT_OAUTH_TOKEN_LIFETIME = Duration.ofDays(1);

	/** PagerDuty's REST budget per API key: 960 requests per minute. */
	public static final int DEFAULT_RATE_LIMIT = 960;

	private final Builder settings;

	private volatile @Nullable LoopbackHttpServer server;

	private volatile @Nullable SimulatorEngine engine;

	private boolean closed;

	private PagerDutySimulator(Builder settings) {
		this.settings = settings.copy();
	}

	/**
	 * Starts configuring a simulator.
	 * @return a builder with defaults: a free port, {@link Seed#DEMO}, the API key
	 * {@link #DEFAULT_API_KEY}, no OAuth client, 960 requests per minute
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Binds 127.0.0.1 and starts answering requests.
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
					new Links(settings.publicBaseUrl == null ? http.baseUrl() : settings.publicBaseUrl,
							"https://pdkit-sim.pagerduty.com"),
					settings.clock, settings.credentials(), settings.oauthTokens(), settings.seeder(),
					settings.rateLimit, settings.rateLimitWindow);
			http.start(new ExchangeHandler(started));
			this.engine = started;
			this.server = http;
		}
		catch (RuntimeException e) {
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
		if (engine != null) {
			engine.webhooks().close();
		}
	}

	/**
	 * Tells whether the simulator answers requests.
	 * @return true when started and not closed
	 */
	public synchronized boolean isRunning() {
		return server != null;
	}

	/**
	 * Returns the port the simulator listens on.
	 * @return the bound port on 127.0.0.1
	 * @throws IllegalStateException when not running
	 */
	public int port() {
		return requireServer().port();
	}

	/**
	 * Returns the REST API v2 base URL; resources' {@code self} URLs start with it.
	 * @return for example {@code http://127.0.0.1:8089}
	 * @throws IllegalStateException when not running
	 */
	public String restBaseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * Returns the Events API v2 base URL, the same root as {@link #restBaseUrl()}:
	 * clients POST {@code /v2/enqueue} and {@code /v2/change/enqueue} below it.
	 * @return for example {@code http://127.0.0.1:8089}
	 * @throws IllegalStateException when not running
	 */
	public String eventsBaseUrl() {
		return restBaseUrl();
	}

	/**
	 * Returns an API key that the REST API accepts.
	 * @return the key set with {@link Builder#apiKey(String)}, or
	 * {@link #DEFAULT_API_KEY}
	 */
	public String apiKey() {
		return settings.apiKey == null ? DEFAULT_API_KEY : settings.apiKey;
	}

	/**
	 * Returns the base URL of the simulated identity service, where
	 * {@code OAuthTokenClient} posts {@code /oauth/token} and sends users to
	 * {@code /oauth/authorize}.
	 * @return the same root as {@link #restBaseUrl()}
	 * @throws IllegalStateException when not running
	 */
	public String oauthBaseUrl() {
		return restBaseUrl();
	}

	/**
	 * Returns the routing key of the account's first Events API v2 integration.
	 * @return with {@link Seed#DEMO}, {@link #DEMO_ROUTING_KEY}
	 * @throws IllegalStateException when the account has no Events API v2 integration, or
	 * when not running
	 */
	public String routingKey() {
		List<String> keys = routingKeys();
		if (keys.isEmpty()) {
			throw new IllegalStateException("The simulated account has no Events API v2 integration;"
					+ " use Seed.DEMO or create one with POST /services/{id}/integrations");
		}
		return keys.get(0);
	}

	/**
	 * Lists the account's routing keys.
	 * @return every Events API v2 routing key, in creation order
	 * @throws IllegalStateException when not running
	 */
	public List<String> routingKeys() {
		return requireEngine().withState(state -> List.copyOf(state.routingKeys()));
	}

	/**
	 * Returns the email address of the API key's owner, the user of {@code /users/me}.
	 * @return an address the {@code From} header may carry
	 */
	public String ownerEmail() {
		return DemoData.OWNER_EMAIL;
	}

	/**
	 * Returns the account to its seed, with the same ids, and the rate limit to the
	 * builder's budget with a fresh window; forgets queued faults and the journal.
	 * @throws IllegalStateException when not running
	 */
	public void reset() {
		requireEngine().reset();
	}

	/**
	 * Lists the requests received since the start, the last {@link #reset()} or
	 * {@link #clearRequests()}.
	 * @return the requests in arrival order, including those answered with a fault or
	 * dropped
	 * @throws IllegalStateException when never started
	 */
	public List<ReceivedRequest> requests() {
		return requireEngine().journal().snapshot();
	}

	/**
	 * Returns the most recent request.
	 * @return the last request of {@link #requests()}
	 * @throws IllegalStateException when none was received
	 */
	public ReceivedRequest lastRequest() {
		List<ReceivedRequest> all = requests();
		if (all.isEmpty()) {
			throw new IllegalStateException("The simulator has received no request");
		}
		return all.get(all.size() - 1);
	}

	/**
	 * Forgets the recorded requests.
	 * @throws IllegalStateException when never started
	 */
	public void clearRequests() {
		requireEngine().journal().clear();
	}

	/**
	 * Queues a fault; each queued fault applies to exactly one later request, in order.
	 * @param fault what goes wrong
	 * @return this simulator
	 */
	public PagerDutySimulator enqueueFault(Fault fault) {
		requireEngine().faults().add(Objects.requireNonNull(fault, "fault"));
		return this;
	}

	/**
	 * Makes the next request answer {@code status} with PagerDuty's error body.
	 * @param status an error status, for example 500, 502 or 503
	 * @return this simulator
	 */
	public PagerDutySimulator failNext(int status) {
		return failNext(status, 1);
	}

	/**
	 * Makes the next {@code times} requests answer {@code status}.
	 * @param status an error status, for example 500, 502 or 503
	 * @param times how many requests, at least 1
	 * @return this simulator
	 */
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

	/**
	 * Makes the next request wait in the server thread, then answers it normally.
	 * @param delay how long to wait
	 * @return this simulator
	 */
	public PagerDutySimulator delayNext(Duration delay) {
		return enqueueFault(Fault.delay(delay));
	}

	/**
	 * Makes the next request's connection close without any response.
	 * @return this simulator
	 */
	public PagerDutySimulator dropNextConnection() {
		return enqueueFault(Fault.dropConnection());
	}

	/**
	 * Forgets queued faults.
	 * @return this simulator
	 */
	public PagerDutySimulator clearFaults() {
		requireEngine().faults().clear();
		return this;
	}

	/**
	 * Allows {@code requests} per {@code window}, starting a new window now; beyond that,
	 * requests answer 429 with {@code ratelimit-reset} saying how many seconds remain in
	 * the window. {@link #reset()} restores the builder's budget.
	 * @param requests the budget per window, at least 0
	 * @param window the window length, positive
	 * @return this simulator
	 */
	public PagerDutySimulator rateLimit(int requests, Duration window) {
		Objects.requireNonNull(window, "window");
		requireEngine().rateLimiter().configure(requests, window);
		return this;
	}

	/**
	 * Sends a signed PagerDuty v3 webhook ({@code incident.triggered},
	 * {@code .acknowledged}, {@code .resolved}, {@code .annotated}) to {@code url} for
	 * every later incident transition, as a webhook subscription would. Each delivery
	 * carries {@code X-PagerDuty-Signature} with one {@code v1=} HMAC-SHA256 per secret
	 * (several secrets model a rotation) and {@code X-Webhook-Id}. Deliveries happen one
	 * at a time off the request thread; see {@link #webhookDeliveries()} and
	 * {@link #awaitWebhookDeliveries(int, Duration)}.
	 *
	 * <pre>{@code
	 * sim.sendWebhooksTo("http://localhost:8080/pagerduty/webhooks", "whsec-1");
	 * events.trigger("Disk full", "db-1");
	 * sim.awaitWebhookDeliveries(1, Duration.ofSeconds(5));
	 * }</pre>
	 * @param url where to POST the webhooks (any URL; the simulator never follows
	 * redirects)
	 * @param secrets the signing secrets, at least one
	 * @return this simulator
	 */
	public PagerDutySimulator sendWebhooksTo(String url, String... secrets) {
		Objects.requireNonNull(url, "url");
		if (secrets.length == 0 || Arrays.stream(secrets).anyMatch(secret -> secret == null || secret.isBlank())) {
			throw new IllegalArgumentException("secrets must hold at least one non-blank secret");
		}
		requireEngine().webhooks().target(url, List.of(secrets));
		return this;
	}

	/**
	 * Stops sending webhooks.
	 * @return this simulator
	 */
	public PagerDutySimulator stopWebhooks() {
		requireEngine().webhooks().target(null, List.of());
		return this;
	}

	/**
	 * Returns the webhooks sent since the start or the last {@link #reset()}, oldest
	 * first.
	 * @return the deliveries
	 */
	public List<WebhookDelivery> webhookDeliveries() {
		return requireEngine().webhooks().deliveries();
	}

	/**
	 * Waits until at least {@code count} webhooks were delivered (or failed to be), or
	 * the timeout passes.
	 * @param count how many deliveries to wait for
	 * @param timeout the longest wait
	 * @return true when there were that many in time
	 */
	public boolean awaitWebhookDeliveries(int count, Duration timeout) {
		try {
			return requireEngine().webhooks().await(count, timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Describes the simulator without revealing its API key.
	 * @return the base URL, seed and masked key
	 */
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

	/**
	 * Configures a {@link PagerDutySimulator}. Not thread-safe; each {@link #build()}
	 * takes a copy.
	 */
	public static final class Builder {

		private int port;

		private Seed seed = Seed.DEMO;

		private @Nullable String apiKey;

		private final Set<String> extraApiKeys = new LinkedHashSet<>();

		private final Map<String, String> oauthClients = new LinkedHashMap<>();

		private Duration oauthTokenLifetime = DEFAULT_OAUTH_TOKEN_LIFETIME;

		private @Nullable String publicBaseUrl;

		private Clock clock = Clock.systemUTC();

		private int rateLimit = DEFAULT_RATE_LIMIT;

		private Duration rateLimitWindow = Duration.ofMinutes(1);

		private boolean accountLevelKey;

		private Builder() {
		}

		/**
		 * Sets the port to bind on 127.0.0.1.
		 * @param port 0 (the default) picks a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65_535) {
				throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the initial data, also restored by {@link PagerDutySimulator#reset()}.
		 * @param seed {@link Seed#DEMO} (the default) or {@link Seed#EMPTY}
		 * @return this builder
		 */
		public Builder seed(Seed seed) {
			this.seed = Objects.requireNonNull(seed, "seed");
			return this;
		}

		/**
		 * Sets the API key the simulator hands out with
		 * {@link PagerDutySimulator#apiKey()} and accepts (as
		 * {@code Token token=<apiKey>} or {@code Bearer <apiKey>}) instead of
		 * {@link PagerDutySimulator#DEFAULT_API_KEY}. Any key neither set here nor given
		 * to {@link #acceptApiKey(String...)} answers 401.
		 * @param apiKey the key, not blank
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			this.apiKey = requireKey(apiKey, "apiKey");
			return this;
		}

		/**
		 * Also accepts these API keys, for example the key an application under test
		 * reads from its own configuration; {@link PagerDutySimulator#apiKey()} still
		 * returns the main key.
		 *
		 * <pre>{@code
		 * PagerDutySimulator sim = PagerDutySimulator.builder().acceptApiKey(System.getenv("PAGERDUTY_API_KEY")).start();
		 * }</pre>
		 * @param apiKeys more accepted keys, none blank
		 * @return this builder
		 */
		public Builder acceptApiKey(String... apiKeys) {
			for (String key : apiKeys) {
				extraApiKeys.add(requireKey(key, "apiKeys"));
			}
			return this;
		}

		/**
		 * Registers an OAuth client with the simulated identity service, so that
		 * {@code OAuthTokenClient} can obtain tokens from {@code /oauth/token} (client
		 * credentials, authorization code with PKCE, refresh).
		 *
		 * <pre>{@code
		 * PagerDutySimulator sim = PagerDutySimulator.builder().oauthClient("my-app", "my-secret").start();
		 * OAuthTokenClient oauth = OAuthTokenClient.builder("my-secret", "my-app").baseUrl(sim.oauthBaseUrl()).build();
		 * OAuthToken token = oauth.getScopedAppToken(PagerDutySimulator.OAUTH_ACCOUNT_SCOPE + " incidents.read");
		 * }</pre>
		 * @param clientId the client id, not blank
		 * @param clientSecret its secret, not blank
		 * @return this builder
		 */
		public Builder oauthClient(String clientId, String clientSecret) {
			oauthClients.put(requireKey(clientId, "clientId"), requireKey(clientSecret, "clientSecret"));
			return this;
		}

		/**
		 * Sets how long issued OAuth access tokens are valid, measured with the
		 * simulator's clock.
		 * @param lifetime positive;
		 * {@link PagerDutySimulator#DEFAULT_OAUTH_TOKEN_LIFETIME} by default
		 * @return this builder
		 */
		public Builder oauthTokenLifetime(Duration lifetime) {
			Objects.requireNonNull(lifetime, "lifetime");
			if (lifetime.toSeconds() < 1) {
				throw new IllegalArgumentException("lifetime must be at least one second: " + lifetime);
			}
			this.oauthTokenLifetime = lifetime;
			return this;
		}

		/**
		 * Sets the base URL that resources' {@code self} links start with, for clients
		 * that reach the simulator through a proxy, for example a TLS front for clients
		 * that insist on {@code https://}.
		 * @param publicBaseUrl for example {@code https://127.0.0.1:8443}; by default the
		 * simulator's own URL
		 * @return this builder
		 */
		public Builder publicBaseUrl(String publicBaseUrl) {
			String url = requireKey(publicBaseUrl, "publicBaseUrl");
			this.publicBaseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
			return this;
		}

		private static String requireKey(String value, String name) {
			Objects.requireNonNull(value, name);
			if (value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			return value;
		}

		/**
		 * Behaves as if the API key were an account-level key: {@code GET /users/me}
		 * answers 400 as PagerDuty does. By default the key belongs to the owner, Ada
		 * Lovelace, like a user-level key.
		 * @param accountLevelKey true for an account-level key
		 * @return this builder
		 */
		public Builder accountLevelKey(boolean accountLevelKey) {
			this.accountLevelKey = accountLevelKey;
			return this;
		}

		/**
		 * Sets the clock for timestamps and the rate-limit window.
		 * @param clock the clock; the system UTC clock by default
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * Sets the initial rate limit.
		 * @param requests the budget per window, at least 0; 960 by default
		 * @param window the window length, positive; one minute by default
		 * @return this builder
		 */
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

		/**
		 * Creates a simulator with these settings, not yet started.
		 * @return a new simulator; call {@link PagerDutySimulator#start()}
		 */
		public PagerDutySimulator build() {
			return new PagerDutySimulator(this);
		}

		/**
		 * Builds and starts a simulator.
		 * @return a running simulator
		 */
		public PagerDutySimulator start() {
			return build().start();
		}

		Credentials credentials() {
			Set<String> keys = new LinkedHashSet<>(extraApiKeys);
			keys.add(apiKey == null ? DEFAULT_API_KEY : apiKey);
			return new Credentials(keys);
		}

		OAuthTokens oauthTokens() {
			return new OAuthTokens(oauthClients, clock, oauthTokenLifetime);
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
			copy.extraApiKeys.addAll(extraApiKeys);
			copy.oauthClients.putAll(oauthClients);
			copy.oauthTokenLifetime = oauthTokenLifetime;
			copy.publicBaseUrl = publicBaseUrl;
			copy.clock = clock;
			copy.rateLimit = rateLimit;
			copy.rateLimitWindow = rateLimitWindow;
			copy.accountLevelKey = accountLevelKey;
			return copy;
		}

	}

}
