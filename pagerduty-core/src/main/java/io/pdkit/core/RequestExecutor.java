package io.pdkit.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.micrometer.observation.Observation;
import io.pdkit.core.internal.EncodedJson;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.core.internal.RateLimitGate;
import io.pdkit.core.internal.ResponseBodies;
import io.pdkit.core.internal.ResponseListener;
import io.pdkit.core.internal.RetryDecision;
import io.pdkit.core.internal.RetryState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.event.Level;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one request with retries: the algorithm of {@link RetryState}, one observation
 * per attempt, one log line per attempt, and the credential applied (and refreshed once
 * after a 401) on every attempt.
 */
final class RequestExecutor {

	private static final DefaultPagerDutyObservationConvention DEFAULT_CONVENTION = new DefaultPagerDutyObservationConvention();

	private static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private final BuilderState settings;

	private final RestClient restClient;

	private final String baseUrl;

	private final Logger logger;

	private final ResponseListener responseListener;

	private final @Nullable Map<String, String> uriTemplates;

	private volatile @Nullable Credential credential;

	RequestExecutor(BuilderState settings, RestClient restClient, String baseUrl, Logger logger,
			ResponseListener responseListener) {
		this.settings = settings;
		this.restClient = restClient;
		this.baseUrl = baseUrl;
		this.logger = logger;
		this.responseListener = responseListener;
		this.uriTemplates = (settings.restClientBuilder != null) ? new ConcurrentHashMap<>() : null;
	}

	ApiResponse execute(PreparedRequest request) {
		RetryState state = new RetryState(this.settings.retrySettings, this.settings.clock, this.settings.jitter);
		boolean refreshed = false;
		RateLimitGate gate = (this.settings.rateLimiter != null) ? new RateLimitGate(this.settings.rateLimiter,
				this.settings.api.name(), this.settings.retrySettings.maxElapsed(), this.settings.clock,
				this.settings.sleeper, request.method() + " " + ErrorMessages.displayUrl(request.uri())) : null;
		for (int attempt = 1;; attempt++) {
			String secret = this.settings.credentials.secret();
			if (gate != null) {
				gate.beforeSend(secret);
			}
			PagerDutyRequestContext context = this.settings.observationRegistry.isNoop() ? null
					: new PagerDutyRequestContext(
							request.resolved().api(), request.method(), (request.endpoint() != null)
									? request.endpoint() : PagerDutyRequestContext.UNKNOWN_ENDPOINT,
							request.uri(), attempt);
			Observation observation = (context != null) ? Observation
				.createNotStarted(this.settings.observationConvention, DEFAULT_CONVENTION, () -> context,
						this.settings.observationRegistry)
				.start() : Observation.NOOP;
			ApiResponse response;
			try {
				response = send(request, secret);
			}
			catch (ResourceAccessException ex) {
				observation.error(ex);
				RetryDecision decision = Thread.currentThread().isInterrupted() ? RetryDecision.exhaustedNow()
						: state.afterNetworkFailure();
				finish(observation, context, decision);
				handleNetworkFailure(request, ex, decision, state);
				continue;
			}
			catch (RestClientException ex) {
				observation.error(ex);
				observation.stop();
				throw new PagerDutyException(request.method() + " " + ErrorMessages.displayUrl(request.uri())
						+ ": request failed: " + ex.getClass().getSimpleName(), null, ex);
			}
			int status = response.status();
			OptionalLong reset = (status == 429) ? rateLimitReset(response) : OptionalLong.empty();
			if (context != null) {
				context.setResponse(status, response.headers());
			}
			if (gate != null) {
				gate.afterResponse(secret, status, reset);
			}
			this.responseListener.onResponse(request.resolved(), response);
			if (status == 401 && !refreshed && this.settings.credentials.refreshAfterRejection(secret)) {
				refreshed = true;
				if (context != null) {
					context.setRetryReason(RetryReason.CREDENTIAL_REFRESH);
				}
				observation.stop();
				logAttempt(response, attempt);
				this.logger.warn("{} {} -> 401; retrying once with a refreshed credential", request.method(),
						ErrorMessages.displayUrl(request.uri()));
				continue;
			}
			RetryDecision decision = state.afterResponse(status, reset);
			finish(observation, context, decision);
			logAttempt(response, attempt);
			switch (decision.action()) {
				case ACCEPT -> {
					return response;
				}
				case RAISE -> throw raise(response);
				case EXHAUSTED -> {
					this.logger.error("{} {}: retry limit reached for status {}; returning the last response",
							request.method(), ErrorMessages.displayUrl(request.uri()), response.status());
					return response;
				}
				case DEADLINE_REACHED -> {
					this.logger.error("{} {}: retry deadline {} reached after status {}; returning the last response",
							request.method(), ErrorMessages.displayUrl(request.uri()),
							this.settings.retrySettings.maxElapsed(), response.status());
					return response;
				}
				case RETRY -> {
					RetryReason reason = decision.reason();
					this.logger.warn("{} {} -> {}; retrying in {} ({})", request.method(),
							ErrorMessages.displayUrl(request.uri()), response.status(), seconds(decision.sleep()),
							(reason != null) ? reason.tagValue() : "retry");
					sleep(decision.sleep());
				}
			}
		}
	}

	private void handleNetworkFailure(PreparedRequest request, ResourceAccessException ex, RetryDecision decision,
			RetryState state) {
		String cause = (ex.getCause() != null) ? ex.getCause().getClass().getSimpleName()
				: ex.getClass().getSimpleName();
		switch (decision.action()) {
			case RETRY -> {
				this.logger.warn("{} {} failed ({}); retrying in {} (network error {} of at most {})", request.method(),
						ErrorMessages.displayUrl(request.uri()), cause, seconds(decision.sleep()),
						state.networkFailures(), this.settings.retrySettings.maxNetworkAttempts());
				sleep(decision.sleep());
			}
			case DEADLINE_REACHED -> throw new PagerDutyException(ErrorMessages.networkDeadline(request.method(),
					request.uri(), String.valueOf(this.settings.retrySettings.maxElapsed())), null, ex);
			default -> {
				if (Thread.currentThread().isInterrupted()) {
					throw new PagerDutyException(
							request.method() + " " + ErrorMessages.displayUrl(request.uri()) + ": interrupted", null,
							ex);
				}
				throw new PagerDutyException(ErrorMessages.networkExhausted(request.method(), request.uri(),
						this.settings.retrySettings.maxNetworkAttempts()), null, ex);
			}
		}
	}

	private PagerDutyException raise(ApiResponse response) {
		if (response.status() == 401) {
			return new PagerDutyHttpException(ErrorMessages.unauthorized(response, this.settings.credentials.masked()),
					response);
		}
		return new PagerDutyServerException(ErrorMessages.redirect(response), response);
	}

	private ApiResponse send(PreparedRequest request, String secret) {
		Credential credential = credential(secret);
		byte[] body = encodeBody(request, secret);
		RestClient.RequestBodySpec spec = this.restClient.method(httpMethod(request.method())).uri(request.uri());
		String endpoint = request.endpoint();
		if (endpoint != null && this.uriTemplates != null) {
			spec.attribute(URI_TEMPLATE_ATTRIBUTE, uriTemplate(this.uriTemplates, endpoint));
		}
		spec.httpRequest(clientRequest -> {
			HttpHeaders target = clientRequest.getHeaders();
			request.headers().setOn(target);
			credential.headers().setOn(target);
		});
		if (body != null) {
			spec.body(body);
		}
		long started = System.nanoTime();
		return spec.exchange((clientRequest, clientResponse) -> {
			HttpHeaders headers = clientResponse.getHeaders();
			return ApiResponse.received(request.method(), request.uri(), clientResponse.getStatusCode().value(),
					headers, ResponseBodies.read(clientResponse, headers),
					Duration.ofNanos(System.nanoTime() - started), this.settings.jsonMapper, credential.redactor());
		}, true);
	}

	private Credential credential(String secret) {
		Credential cached = this.credential;
		if (cached != null && cached.secret().equals(secret)) {
			return cached;
		}
		AuthMethod authMethod = this.settings.authMethod;
		Credential fresh = new Credential(secret, RequestHeaders.of(authMethod.headers(secret)),
				text -> redact(text, secret, authMethod));
		this.credential = fresh;
		return fresh;
	}

	private String uriTemplate(Map<String, String> templates, String endpoint) {
		String template = templates.get(endpoint);
		if (template == null) {
			template = this.baseUrl + endpoint;
			templates.put(endpoint, template);
		}
		return template;
	}

	private static HttpMethod httpMethod(String method) {
		return switch (method) {
			case "GET" -> HttpMethod.GET;
			case "POST" -> HttpMethod.POST;
			case "PUT" -> HttpMethod.PUT;
			case "PATCH" -> HttpMethod.PATCH;
			case "DELETE" -> HttpMethod.DELETE;
			default -> HttpMethod.valueOf(method);
		};
	}

	private byte @Nullable [] encodeBody(PreparedRequest request, String secret) {
		Map<String, String> parameters = request.sendsBodyParameters() ? this.settings.authMethod.bodyParameters(secret)
				: Map.of();
		EncodedJson json = request.jsonBody();
		if (json != null) {
			return json.withParameters(parameters, this.settings.jsonMapper);
		}
		Map<String, String> form = request.form();
		if (form != null) {
			Map<String, String> fields = new LinkedHashMap<>(form);
			fields.putAll(parameters);
			return fields.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"))
				.getBytes(StandardCharsets.UTF_8);
		}
		return null;
	}

	private static String redact(String text, String secret, AuthMethod authMethod) {
		String redacted = redact(text, secret);
		for (String value : authMethod.headers(secret).values()) {
			if (!value.contains(secret)) {
				redacted = redact(redacted, value);
			}
		}
		return redacted;
	}

	private static String redact(String text, String secret) {
		return (secret.length() >= 4 && text.contains(secret)) ? text.replace(secret, Secrets.mask(secret)) : text;
	}

	private static OptionalLong rateLimitReset(ApiResponse response) {
		String value = response.headers().getFirst("ratelimit-reset");
		if (value == null) {
			return OptionalLong.empty();
		}
		try {
			long seconds = (long) Math.ceil(Double.parseDouble(value.trim()));
			return (seconds > 0) ? OptionalLong.of(seconds) : OptionalLong.empty();
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static void finish(Observation observation, @Nullable PagerDutyRequestContext context,
			RetryDecision decision) {
		if (context != null) {
			context.setRetryReason(decision.retries() ? decision.reason() : null);
		}
		observation.stop();
	}

	private void logAttempt(ApiResponse response, int attempt) {
		Level level = this.settings.debug ? Level.INFO : Level.DEBUG;
		if (this.logger.isEnabledForLevel(level)) {
			this.logger.atLevel(level)
				.log("{} {} -> {} in {} ms (x-request-id={}, attempt {})", response.method(),
						response.masked(ErrorMessages.displayUrl(response.uri())), response.status(),
						response.elapsed().toMillis(),
						response.requestId().map(response::masked).orElse("(missing header)"), attempt);
		}
	}

	private void sleep(Duration duration) {
		try {
			this.settings.sleeper.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PagerDutyException("Interrupted while waiting " + seconds(duration) + " to retry", null, ex);
		}
	}

	private static String seconds(Duration duration) {
		return (duration.toMillis() / 1000.0) + " s";
	}

	/**
	 * The headers and redactor of one secret, built again only when the credential source
	 * hands out another.
	 */
	private record Credential(String secret, RequestHeaders headers, UnaryOperator<String> redactor) {

		@Override
		public String toString() {
			return "Credential[" + Secrets.mask(this.secret) + "]";
		}

	}

}
