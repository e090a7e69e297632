package io.pdkit.core;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;

import io.micrometer.observation.ObservationRegistry;
import io.pdkit.core.internal.BaseUrl;
import io.pdkit.core.internal.EncodedJson;
import io.pdkit.core.internal.EndpointIndex;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.core.internal.HttpStack;
import io.pdkit.core.internal.PdkitVersion;
import io.pdkit.core.internal.QueryEncoder;
import io.pdkit.core.internal.ResolvedRequest;
import io.pdkit.core.internal.ResponseListener;
import io.pdkit.core.internal.Transport;
import io.pdkit.core.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The base of every PagerDuty client: base URL, credential, retries, timeouts, proxy,
 * logging and observation. Clients are immutable and thread-safe; derive a changed copy
 * with {@link #mutate()}. The clients whose API takes arbitrary requests also implement
 * {@link RawVerbs}; the Events API and OAuth clients offer only their own methods.
 *
 * <pre>{@code
 * try (RestApiV2Client client = RestApiV2Client.builder(apiKey).build()) {
 *     ApiResponse response = client.get("/users/me");
 *     System.out.println(response.status() + " " + response.json());
 * }
 * }</pre>
 */
public abstract class ApiClient implements AutoCloseable {

	private final BuilderState settings;

	private final BaseUrl baseUrl;

	private final Transport transport;

	private final ResponseListener responseListener;

	private volatile @Nullable RequestExecutor executor;

	private final EndpointIndex endpoints;

	private final HttpHeaders defaultHeaders;

	private final RequestHeaders plainHeaders;

	private final RequestHeaders jsonHeaders;

	private final RequestHeaders formHeaders;

	private final Set<String> credentialHeaders;

	private final AtomicBoolean closed = new AtomicBoolean();

	/**
	 * Creates a client that knows no canonical paths.
	 * @param builder the builder
	 * @throws IllegalArgumentException if a setting is invalid (the message names it)
	 * @throws IllegalStateException if timeouts or a proxy are combined with a caller's
	 * HTTP stack
	 */
	protected ApiClient(Builder<?, ?> builder) {
		this(builder, EndpointIndex.NONE, ResponseListener.NONE);
	}

	/**
	 * Creates the client from its builder, with the endpoints of its API and a listener
	 * told of every response.
	 * @param builder the builder
	 * @param endpoints finds the endpoint of a request path, compiled once per API
	 * @param responseListener told of every response, retried ones included
	 * @throws IllegalArgumentException if a setting is invalid (the message names it)
	 * @throws IllegalStateException if timeouts or a proxy are combined with a caller's
	 * HTTP stack
	 */
	protected ApiClient(Builder<?, ?> builder, EndpointIndex endpoints, ResponseListener responseListener) {
		this.settings = builder.state.copy();
		this.settings.validateHttpStack();
		this.baseUrl = BaseUrl.parse(this.settings.effectiveBaseUrl());
		this.endpoints = Objects.requireNonNull(endpoints, "endpoints must not be null");
		HttpHeaders defaults = new HttpHeaders();
		this.settings.api.defaultHeaders().forEach(defaults::set);
		this.settings.defaultHeaders.forEach(defaults::set);
		defaults.set(HttpHeaders.USER_AGENT, PdkitVersion.userAgent());
		this.defaultHeaders = HttpHeaders.readOnlyHttpHeaders(defaults);
		this.plainHeaders = RequestHeaders.of(this.defaultHeaders);
		this.jsonHeaders = withContentType(defaults, "application/json");
		this.formHeaders = withContentType(defaults, "application/x-www-form-urlencoded");
		this.credentialHeaders = Set.copyOf(this.settings.authMethod.headers("credential").keySet());
		HttpStack wanted = new HttpStack(this.settings.httpClientType, this.settings.restClientBuilder,
				this.settings.requestFactory,
				Objects.requireNonNullElse(this.settings.connectTimeout, BuilderState.DEFAULT_CONNECT_TIMEOUT),
				Objects.requireNonNullElse(this.settings.timeout, BuilderState.DEFAULT_TIMEOUT), proxyAddress());
		Transport inherited = this.settings.transport;
		this.transport = (inherited != null && inherited.retainFor(wanted)) ? inherited : wanted.open();
		this.settings.transport = this.transport;
		this.responseListener = Objects.requireNonNull(responseListener, "responseListener must not be null");
	}

	private RequestExecutor executor() {
		RequestExecutor current = this.executor;
		if (current == null) {
			Logger logger = LoggerFactory.getLogger(getClass());
			current = new RequestExecutor(this.settings, this.transport.restClient(), this.baseUrl.value(), logger,
					this.responseListener);
			this.executor = current;
		}
		return current;
	}

	private static RequestHeaders withContentType(HttpHeaders defaults, String contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(defaults);
		headers.set(HttpHeaders.CONTENT_TYPE, contentType);
		return RequestHeaders.of(headers);
	}

	private @Nullable InetSocketAddress proxyAddress() {
		return (this.settings.proxyHost != null)
				? InetSocketAddress.createUnresolved(this.settings.proxyHost, this.settings.proxyPort) : null;
	}

	/**
	 * Sends a request: resolves the URL, then
	 * {@link #send(ResolvedRequest, RequestOptions)}. Public on the clients that
	 * implement {@link RawVerbs}.
	 * @param method the HTTP method, case-insensitive; must be permitted by the API
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response, whatever its status (except as {@link RetrySettings}
	 * describes)
	 * @throws PagerDutyUrlException if the URL is not under the base URL
	 * @throws PagerDutyException if the method is not permitted or the network fails
	 * after all retries
	 * @throws PagerDutyHttpException on 401
	 * @throws PagerDutyServerException on 3xx
	 */
	protected ApiResponse request(String method, String url, RequestOptions options) {
		return send(resolve(method, url), options);
	}

	/**
	 * Resolves a request once: checks the method, resolves the URL against the base URL
	 * and finds its endpoint.
	 * @param method the HTTP method, case-insensitive; must be permitted by the API
	 * @param url a path or a full URL under the base URL
	 * @return the resolved request
	 * @throws IllegalStateException if the client is closed
	 * @throws PagerDutyUrlException if the URL is not under the base URL
	 * @throws PagerDutyException if the method is not permitted
	 */
	protected ResolvedRequest resolve(String method, String url) {
		requireOpen();
		if (method == null || method.isBlank()) {
			throw new IllegalArgumentException("method must not be null or blank");
		}
		String normalizedMethod = method.trim().toUpperCase(Locale.ROOT);
		Set<String> permitted = this.settings.api.permittedMethods();
		if (!permitted.contains(normalizedMethod)) {
			throw new PagerDutyException(ErrorMessages.methodNotPermitted(normalizedMethod, permitted));
		}
		URI uri = this.baseUrl.resolve(url);
		String relative = this.baseUrl.relativePath(uri);
		return new ResolvedRequest(normalizedMethod, uri, relative, this.endpoints.find(normalizedMethod, relative),
				this.settings.api.name());
	}

	/**
	 * Sends a resolved request. A client may resolve a fixed request once and send it
	 * many times.
	 * @param resolved the request, from {@link #resolve(String, String)} of this client
	 * @param options query parameters, headers and body
	 * @return the response, whatever its status (except as {@link RetrySettings}
	 * describes)
	 * @throws IllegalStateException if the client is closed
	 */
	protected ApiResponse send(ResolvedRequest resolved, RequestOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		requireOpen();
		URI uri = resolved.uri();
		if (!options.query().isEmpty()) {
			uri = QueryEncoder.merge(uri, normalizeQuery(resolved, options.query()));
		}
		return executor().execute(new PreparedRequest(resolved, uri, headersFor(resolved.method(), options),
				jsonBody(options), options.form()));
	}

	private void requireOpen() {
		if (this.closed.get()) {
			throw new IllegalStateException("This " + getClass().getSimpleName() + " is closed");
		}
	}

	private RequestHeaders headersFor(String method, RequestOptions options) {
		boolean form = options.form() != null;
		boolean json = !form && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"));
		if (options.headers().isEmpty()) {
			return form ? this.formHeaders : (json ? this.jsonHeaders : this.plainHeaders);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.addAll(this.defaultHeaders);
		if (form || json) {
			headers.set(HttpHeaders.CONTENT_TYPE, form ? "application/x-www-form-urlencoded" : "application/json");
		}
		options.headers().forEach((name, value) -> {
			if (this.credentialHeaders.stream().anyMatch(name::equalsIgnoreCase)) {
				throw new IllegalArgumentException(
						"headers: " + name + " is set from the client's credential and cannot be replaced per request");
			}
			headers.set(name, value);
		});
		return RequestHeaders.of(headers);
	}

	private @Nullable EncodedJson jsonBody(RequestOptions options) {
		Object body = options.body();
		if (body == null || body instanceof EncodedJson) {
			return (EncodedJson) body;
		}
		JsonNode node = (body instanceof JsonNode json) ? json : this.settings.jsonMapper.valueToTree(body);
		return EncodedJson.of(this.settings.jsonMapper, node);
	}

	/**
	 * Rewrites query parameters before they are encoded. The default keeps them as they
	 * are; REST API v2 renames collection-valued keys to {@code key[]}. Never mutate the
	 * argument.
	 * @param query the caller's parameters
	 * @return the parameters to send
	 */
	protected Map<String, ? extends @Nullable Object> normalizeQuery(Map<String, ? extends @Nullable Object> query) {
		return query;
	}

	/**
	 * Adjusts the caller's query parameters for one request; the default delegates to
	 * {@link #normalizeQuery(Map)}. REST clients use the operation to apply the spec's
	 * parameter names.
	 * @param resolved the resolved request
	 * @param query the caller's parameters (never changed)
	 * @return the parameters to send
	 */
	protected Map<String, ? extends @Nullable Object> normalizeQuery(ResolvedRequest resolved,
			Map<String, ? extends @Nullable Object> query) {
		return normalizeQuery(query);
	}

	/**
	 * Returns the path of a request URI below the base URL.
	 * @param uri a request URI
	 * @return the path, starting with {@code /}
	 */
	protected String relativePath(URI uri) {
		return this.baseUrl.relativePath(uri);
	}

	/**
	 * Returns the base URL, without a trailing slash.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.baseUrl.value();
	}

	/**
	 * Returns the region this client was built for.
	 * @return the region
	 */
	public Region region() {
		return this.settings.region;
	}

	/**
	 * Returns the retry settings.
	 * @return the settings
	 */
	public RetrySettings retrySettings() {
		return this.settings.retrySettings;
	}

	/**
	 * Returns the JSON mapper used for bodies and typed results.
	 * @return the mapper
	 */
	public JsonMapper jsonMapper() {
		return this.settings.jsonMapper;
	}

	/**
	 * Returns the definition of the API this client talks to.
	 * @return the definition
	 */
	public ApiDefinition api() {
		return this.settings.api;
	}

	/**
	 * Returns the masked credential, {@code *} + its last four characters.
	 * @return the masked credential
	 */
	public String maskedCredential() {
		return this.settings.credentials.masked();
	}

	/**
	 * Returns the clock this client measures time with.
	 * @return the clock
	 */
	protected Clock clock() {
		return this.settings.clock;
	}

	/**
	 * Returns a builder holding this client's settings, to build a changed copy. The copy
	 * shares this client's HTTP connections unless its timeouts, proxy or HTTP stack are
	 * changed; they are released when the last client that shares them is closed.
	 * @return a new builder
	 */
	public abstract Builder<?, ?> mutate();

	/**
	 * Releases this client's share of its HTTP connections; the last client sharing them
	 * (see {@link #mutate()}) closes them. A caller's HTTP stack is never closed.
	 * Requests after closing raise {@link IllegalStateException}.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.transport.release();
		}
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[baseUrl=" + baseUrl() + ", credential=" + maskedCredential() + "]";
	}

	/**
	 * The base of every client builder. Builders are not thread-safe; the clients they
	 * build are.
	 *
	 * @param <C> the client type
	 * @param <B> the builder type
	 */
	public abstract static class Builder<C extends ApiClient, B extends Builder<C, B>> {

		final BuilderState state;

		/**
		 * Starts a builder.
		 * @param api the API definition of the client class
		 * @param credentials the credential source
		 */
		protected Builder(ApiDefinition api, CredentialSource credentials) {
			Objects.requireNonNull(api, "api must not be null");
			Objects.requireNonNull(credentials, "credentials must not be null");
			this.state = new BuilderState(api, credentials);
		}

		/**
		 * Starts a builder holding a client's settings.
		 * @param source the client
		 */
		protected Builder(ApiClient source) {
			this.state = source.settings.copy();
		}

		@SuppressWarnings("unchecked")
		private B self() {
			return (B) this;
		}

		/**
		 * Sets the base URL, overriding the region's default. Must be {@code https://},
		 * except for loopback hosts.
		 * @param baseUrl the base URL
		 * @return this builder
		 */
		public B baseUrl(@Nullable String baseUrl) {
			if (baseUrl != null) {
				BaseUrl.parse(baseUrl);
			}
			this.state.baseUrl = baseUrl;
			return self();
		}

		/**
		 * Sets the service region, which chooses the default base URL.
		 * @param region the region
		 * @return this builder
		 */
		public B region(Region region) {
			this.state.region = Objects.requireNonNull(region, "region must not be null");
			return self();
		}

		/**
		 * Sets the retry settings.
		 * @param retrySettings the settings
		 * @return this builder
		 */
		public B retrySettings(RetrySettings retrySettings) {
			this.state.retrySettings = Objects.requireNonNull(retrySettings, "retrySettings must not be null");
			return self();
		}

		/**
		 * Returns the retry settings this builder holds (the client's preset until
		 * changed).
		 * @return the settings
		 */
		public RetrySettings retrySettings() {
			return this.state.retrySettings;
		}

		/**
		 * Sets how the client waits between retries.
		 * @param sleeper the sleeper
		 * @return this builder
		 */
		public B sleeper(Sleeper sleeper) {
			this.state.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
			return self();
		}

		/**
		 * Sets the clock used for deadlines and token expiry.
		 * @param clock the clock
		 * @return this builder
		 */
		public B clock(Clock clock) {
			this.state.clock = Objects.requireNonNull(clock, "clock must not be null");
			return self();
		}

		/**
		 * Sets the source of random numbers in [0, 1) used for the retry stagger.
		 * @param jitter the source
		 * @return this builder
		 */
		public B jitter(DoubleSupplier jitter) {
			this.state.jitter = Objects.requireNonNull(jitter, "jitter must not be null");
			return self();
		}

		/**
		 * Logs one line per attempt at INFO instead of DEBUG, for this client only.
		 * @param debug {@code true} to log at INFO
		 * @return this builder
		 */
		public B debug(boolean debug) {
			this.state.debug = debug;
			return self();
		}

		/**
		 * Sets the read timeout of the default HTTP stack (default 60 s).
		 * @param timeout the timeout
		 * @return this builder
		 */
		public B timeout(Duration timeout) {
			this.state.timeout = positive(timeout, "timeout");
			return self();
		}

		/**
		 * Sets the connect timeout of the default HTTP stack (default 10 s).
		 * @param connectTimeout the timeout
		 * @return this builder
		 */
		public B connectTimeout(Duration connectTimeout) {
			this.state.connectTimeout = positive(connectTimeout, "connectTimeout");
			return self();
		}

		/**
		 * Chooses the HTTP client of the default stack (default
		 * {@link HttpClientType#APACHE}). Ignored when a caller's
		 * {@code restClientBuilder} or {@code requestFactory} is given.
		 * @param httpClientType the HTTP client
		 * @return this builder
		 */
		public B httpClientType(HttpClientType httpClientType) {
			this.state.httpClientType = Objects.requireNonNull(httpClientType, "httpClientType must not be null");
			return self();
		}

		/**
		 * Sends through an HTTP proxy (default HTTP stack only).
		 * @param host the proxy host
		 * @param port the proxy port
		 * @return this builder
		 */
		public B proxy(String host, int port) {
			if (host == null || host.isBlank()) {
				throw new IllegalArgumentException("proxy host must not be null or blank");
			}
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("proxy port must be between 1 and 65535, was " + port);
			}
			this.state.proxyHost = host;
			this.state.proxyPort = port;
			return self();
		}

		/**
		 * Records one {@code pagerduty.client.requests} observation per HTTP attempt in
		 * this registry.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public B observationRegistry(ObservationRegistry observationRegistry) {
			this.state.observationRegistry = Objects.requireNonNull(observationRegistry,
					"observationRegistry must not be null");
			return self();
		}

		/**
		 * Replaces the default observation convention.
		 * @param convention the convention
		 * @return this builder
		 */
		public B observationConvention(PagerDutyObservationConvention convention) {
			this.state.observationConvention = Objects.requireNonNull(convention, "convention must not be null");
			return self();
		}

		/**
		 * Sends with a {@link RestClient} built from a clone of this builder (for example
		 * Boot's, with its SSL bundles and observations). A request factory set on it
		 * must not follow redirects; a builder without one keeps its interceptors,
		 * converters and default headers but sends through pdkit's default stack (left to
		 * itself, Spring would pick a library client that follows redirects and retries
		 * on its own).
		 * @param restClientBuilder the builder; it is cloned, never changed
		 * @return this builder
		 */
		public B restClientBuilder(RestClient.Builder restClientBuilder) {
			this.state.restClientBuilder = Objects.requireNonNull(restClientBuilder,
					"restClientBuilder must not be null");
			return self();
		}

		/**
		 * Sends through this request factory. It must not follow redirects; the client
		 * never closes it.
		 * @param requestFactory the factory
		 * @return this builder
		 */
		public B requestFactory(ClientHttpRequestFactory requestFactory) {
			this.state.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory must not be null");
			return self();
		}

		/**
		 * Sets the JSON mapper for bodies and typed results (Boot passes the
		 * application's).
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public B jsonMapper(JsonMapper jsonMapper) {
			this.state.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper must not be null");
			return self();
		}

		/**
		 * Adds a header sent with every request. The credential's header cannot be set
		 * this way.
		 * @param name the header name
		 * @param value the value, or {@code null} to remove a header added earlier
		 * @return this builder
		 */
		public B defaultHeader(String name, @Nullable String value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("defaultHeader name must not be null or blank");
			}
			if (name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
				throw new IllegalArgumentException("defaultHeader: Authorization is set from the client's credential");
			}
			if (value == null) {
				this.state.defaultHeaders.remove(name);
			}
			else {
				this.state.defaultHeaders.put(name, value);
			}
			return self();
		}

		/**
		 * Waits on a client-side rate limiter before every attempt (off by default).
		 * Clients sharing a limiter and a credential share one budget; a shared limiter
		 * extends that across instances. <pre>{@code
		 * RestApiV2Client client = RestApiV2Client.builder(apiKey)
		 *     .rateLimiter(RateLimiter.inMemory(RateLimits.pagerDuty()))
		 *     .build();
		 * }</pre>
		 * @param rateLimiter the limiter, or {@code null} for none
		 * @return this builder
		 */
		public B rateLimiter(@Nullable RateLimiter rateLimiter) {
			this.state.rateLimiter = rateLimiter;
			return self();
		}

		/**
		 * Replaces the credential source (for example with a self-refreshing OAuth token
		 * source).
		 * @param credentials the source
		 * @return this builder
		 */
		public B credentialSource(CredentialSource credentials) {
			this.state.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
			return self();
		}

		/**
		 * Sets where the credential goes. Subclasses expose this as they see fit.
		 * @param authMethod the method
		 * @return this builder
		 */
		protected B authMethod(AuthMethod authMethod) {
			this.state.authMethod = Objects.requireNonNull(authMethod, "authMethod must not be null");
			return self();
		}

		/**
		 * Builds the client.
		 * @return the client
		 */
		public abstract C build();

		private static Duration positive(Duration duration, String name) {
			if (duration == null || duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be positive, was " + duration);
			}
			return duration;
		}

	}

}
