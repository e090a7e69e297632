package io.pdkit.core;

import java.net.URI;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The observation context of one HTTP attempt of a pdkit client
 * ({@code pagerduty.client.requests}). It says which API and endpoint was called, what
 * came back, and whether the client will retry and why, so that metrics such as retries
 * and the remaining rate limit can be derived from it.
 *
 * <pre>{@code
 * registry.observationConfig().observationHandler(new ObservationHandler<PagerDutyRequestContext>() {
 *     public boolean supportsContext(Observation.Context context) {
 *         return context instanceof PagerDutyRequestContext;
 *     }
 *     public void onStop(PagerDutyRequestContext context) {
 *         context.retryReason().ifPresent(reason -> retries.increment());
 *     }
 * });
 * }</pre>
 */
public class PagerDutyRequestContext extends Observation.Context {

	/** The endpoint value when the URL matches no canonical path. */
	public static final String UNKNOWN_ENDPOINT = "UNKNOWN";

	private final String api;

	private final String method;

	private final String endpoint;

	private final URI uri;

	private final int attempt;

	private @Nullable Integer status;

	private HttpHeaders responseHeaders = HttpHeaders.EMPTY;

	private @Nullable RetryReason retryReason;

	/**
	 * Creates the context of one attempt.
	 * @param api the API name, for example {@code rest}
	 * @param method the HTTP method
	 * @param endpoint the canonical path, or {@link #UNKNOWN_ENDPOINT}
	 * @param uri the request URI
	 * @param attempt the attempt number within the call, starting at 1
	 */
	public PagerDutyRequestContext(String api, String method, String endpoint, URI uri, int attempt) {
		this.api = api;
		this.method = method;
		this.endpoint = endpoint;
		this.uri = uri;
		this.attempt = attempt;
	}

	/**
	 * Returns the API name.
	 * @return for example {@code rest} or {@code events}
	 */
	public String api() {
		return this.api;
	}

	/**
	 * Returns the HTTP method.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Returns the canonical path of the endpoint.
	 * @return for example {@code /users/{id}}, or {@link #UNKNOWN_ENDPOINT}
	 */
	public String endpoint() {
		return this.endpoint;
	}

	/**
	 * Returns the request URI (high cardinality: never use it as a metric tag).
	 * @return the URI
	 */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Returns the attempt number within the call.
	 * @return 1 for the first attempt
	 */
	public int attempt() {
		return this.attempt;
	}

	/**
	 * Returns the HTTP status.
	 * @return the status; {@code null} when the attempt failed at the network level
	 */
	public @Nullable Integer status() {
		return this.status;
	}

	/**
	 * Returns the response headers.
	 * @return the headers, empty when there was no response
	 */
	public HttpHeaders responseHeaders() {
		return this.responseHeaders;
	}

	/**
	 * Returns why the client will send the request again after this attempt.
	 * @return the reason, empty when this attempt is the last one
	 */
	public java.util.Optional<RetryReason> retryReason() {
		return java.util.Optional.ofNullable(this.retryReason);
	}

	/**
	 * Returns whether the client will send the request again after this attempt.
	 * @return {@code true} if it retries
	 */
	public boolean willRetry() {
		return this.retryReason != null;
	}

	/**
	 * Records the response of this attempt.
	 * @param status the status
	 * @param headers the response headers
	 */
	public void setResponse(int status, HttpHeaders headers) {
		this.status = status;
		this.responseHeaders = headers;
	}

	/**
	 * Records that the client will retry after this attempt.
	 * @param reason the reason
	 */
	public void setRetryReason(@Nullable RetryReason reason) {
		this.retryReason = reason;
	}

}
