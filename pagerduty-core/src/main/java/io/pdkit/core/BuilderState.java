package io.pdkit.core;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import io.micrometer.observation.ObservationRegistry;
import io.pdkit.core.internal.Transport;
import io.pdkit.core.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

final class BuilderState {

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper DEFAULT_JSON_MAPPER = JsonMapper.builder().build();

	private static final DoubleSupplier DEFAULT_JITTER = () -> ThreadLocalRandom.current().nextDouble();

	ApiDefinition api;

	CredentialSource credentials;

	AuthMethod authMethod = AuthMethod.header(AuthType.TOKEN);

	Region region = Region.US;

	@Nullable String baseUrl;

	RetrySettings retrySettings;

	Sleeper sleeper = Sleeper.system();

	Clock clock = Clock.systemUTC();

	DoubleSupplier jitter = DEFAULT_JITTER;

	boolean debug;

	@Nullable Duration timeout;

	@Nullable Duration connectTimeout;

	@Nullable String proxyHost;

	int proxyPort;

	ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	@Nullable PagerDutyObservationConvention observationConvention;

	RestClient.@Nullable Builder restClientBuilder;

	@Nullable ClientHttpRequestFactory requestFactory;

	JsonMapper jsonMapper = DEFAULT_JSON_MAPPER;

	HttpClientType httpClientType = HttpClientType.APACHE;

	@Nullable Transport transport;

	Map<String, String> defaultHeaders = new LinkedHashMap<>();

	@Nullable RateLimiter rateLimiter;

	BuilderState(ApiDefinition api, CredentialSource credentials) {
		this.api = api;
		this.credentials = credentials;
		this.retrySettings = api.defaultRetrySettings();
	}

	BuilderState copy() {
		BuilderState copy = new BuilderState(this.api, this.credentials);
		copy.authMethod = this.authMethod;
		copy.region = this.region;
		copy.baseUrl = this.baseUrl;
		copy.retrySettings = this.retrySettings;
		copy.sleeper = this.sleeper;
		copy.clock = this.clock;
		copy.jitter = this.jitter;
		copy.debug = this.debug;
		copy.timeout = this.timeout;
		copy.connectTimeout = this.connectTimeout;
		copy.proxyHost = this.proxyHost;
		copy.proxyPort = this.proxyPort;
		copy.observationRegistry = this.observationRegistry;
		copy.observationConvention = this.observationConvention;
		copy.restClientBuilder = this.restClientBuilder;
		copy.requestFactory = this.requestFactory;
		copy.jsonMapper = this.jsonMapper;
		copy.httpClientType = this.httpClientType;
		copy.transport = this.transport;
		copy.defaultHeaders = new LinkedHashMap<>(this.defaultHeaders);
		copy.rateLimiter = this.rateLimiter;
		return copy;
	}

	String effectiveBaseUrl() {
		return (this.baseUrl != null) ? this.baseUrl : this.api.baseUrl(this.region);
	}

	void validateHttpStack() {
		boolean callerStack = this.restClientBuilder != null || this.requestFactory != null;
		boolean ownSettings = this.timeout != null || this.connectTimeout != null || this.proxyHost != null;
		if (callerStack && ownSettings) {
			throw new IllegalStateException("timeout, connectTimeout and proxy belong to the HTTP stack passed with "
					+ "restClientBuilder or requestFactory; configure them on that stack instead");
		}
	}

}
