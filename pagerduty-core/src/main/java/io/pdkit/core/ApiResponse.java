package io.pdkit.core;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.pdkit.core.internal.ErrorMessages;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * One HTTP response from a PagerDuty API, as returned by the raw verb methods of
 * {@link ApiClient}. The body is read completely, so a response can be inspected any
 * number of times from any thread.
 *
 * <pre>{@code
 * ApiResponse response = client.get("/users/me");
 * if (response.isSuccess()) {
 *     String email = response.json().path("user").path("email").asString();
 * }
 * }</pre>
 */
public final class ApiResponse {

	private final String method;

	private final URI uri;

	private final int status;

	private final HttpHeaders headers;

	private final byte[] body;

	private final Duration elapsed;

	private final JsonMapper jsonMapper;

	private final UnaryOperator<String> redactor;

	/**
	 * Creates a response. Clients create responses; applications normally only read them.
	 * @param method the request method
	 * @param uri the request URI
	 * @param status the HTTP status
	 * @param headers the response headers (copied)
	 * @param body the response body (copied)
	 * @param elapsed time from sending the request until the body was read
	 * @param jsonMapper the mapper used by {@link #json()}
	 */
	public ApiResponse(String method, URI uri, int status, HttpHeaders headers, byte[] body, Duration elapsed,
			JsonMapper jsonMapper) {
		this(method, uri, status, headers, body, elapsed, jsonMapper, UnaryOperator.identity());
	}

	/**
	 * Creates a response whose {@link #bodyExcerpt()} passes through a redactor, so that
	 * a secret echoed by a server never reaches an exception message.
	 * @param method the request method
	 * @param uri the request URI
	 * @param status the HTTP status
	 * @param headers the response headers (copied)
	 * @param body the response body (copied)
	 * @param elapsed time from sending the request until the body was read
	 * @param jsonMapper the mapper used by {@link #json()}
	 * @param redactor replaces secrets in text shown to people
	 */
	public ApiResponse(String method, URI uri, int status, HttpHeaders headers, byte[] body, Duration elapsed,
			JsonMapper jsonMapper, UnaryOperator<String> redactor) {
		this(method, uri, status, copyOf(headers), body.clone(), elapsed, jsonMapper, redactor, true);
	}

	private ApiResponse(String method, URI uri, int status, HttpHeaders headers, byte[] body, Duration elapsed,
			JsonMapper jsonMapper, UnaryOperator<String> redactor, boolean owned) {
		this.method = method;
		this.uri = uri;
		this.status = status;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
		this.body = body;
		this.elapsed = elapsed;
		this.jsonMapper = jsonMapper;
		this.redactor = redactor;
	}

	/**
	 * Creates a response from what the HTTP stack received, taking ownership of the
	 * headers and body.
	 */
	static ApiResponse received(String method, URI uri, int status, HttpHeaders headers, byte[] body, Duration elapsed,
			JsonMapper jsonMapper, UnaryOperator<String> redactor) {
		return new ApiResponse(method, uri, status, headers, body, elapsed, jsonMapper, redactor, true);
	}

	private static HttpHeaders copyOf(HttpHeaders headers) {
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(headers);
		return copy;
	}

	/**
	 * Returns the request method, upper case.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Returns the request URI, including its query string.
	 * @return the URI
	 */
	public URI uri() {
		return this.uri;
	}

	/**
	 * Returns the HTTP status code.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Returns whether the status is 2xx.
	 * @return {@code true} for 200–299
	 */
	public boolean isSuccess() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * Returns the response headers (case-insensitive, read-only).
	 * @return the headers
	 */
	public HttpHeaders headers() {
		return this.headers;
	}

	/**
	 * Returns the first value of a response header.
	 * @param name the header name, case-insensitive
	 * @return the value, if present
	 */
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.headers.getFirst(name));
	}

	/**
	 * Returns PagerDuty's {@code x-request-id}, which PagerDuty support asks for.
	 * @return the request id, if the response had one
	 */
	public Optional<String> requestId() {
		return header("x-request-id");
	}

	/**
	 * Returns the raw body.
	 * @return a copy of the body bytes
	 */
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Returns the body as text, decoded with the charset of {@code Content-Type} (UTF-8
	 * by default).
	 * @return the text
	 */
	public String text() {
		return new String(this.body, charset());
	}

	/**
	 * Returns the body for display in messages: at most 100 characters (99 and
	 * {@code ...}), with any secret of the client that received it and any OAuth token
	 * masked (see {@link #masked(String)}).
	 * @return the excerpt
	 */
	public String bodyExcerpt() {
		return ErrorMessages.truncate(masked(text()));
	}

	/**
	 * Masks, in a text taken from this response (a header value such as
	 * {@code x-request-id}, the body), every secret of the client that received it and
	 * the values of OAuth token fields ({@code access_token}, {@code refresh_token},
	 * {@code id_token}), each as {@code *} + its last four characters.
	 * @param text the text
	 * @return the text, safe to show in a message or a log line
	 */
	public String masked(String text) {
		return ErrorMessages.maskTokenFields(this.redactor.apply(text));
	}

	/**
	 * Decodes the body as JSON. An empty or blank body (for example a 204) decodes to a
	 * {@link NullNode}.
	 * @return the decoded body
	 * @throws PagerDutyServerException if the body is not valid JSON
	 */
	public JsonNode json() {
		Charset charset = charset();
		boolean utf8 = charset.equals(StandardCharsets.UTF_8);
		if (utf8 ? isBlank(this.body) : text().isBlank()) {
			return NullNode.getInstance();
		}
		try {
			return utf8 ? this.jsonMapper.readTree(this.body) : this.jsonMapper.readTree(text());
		}
		catch (JacksonException ex) {
			throw new PagerDutyServerException(ErrorMessages.invalidJson(this), this);
		}
	}

	/**
	 * Returns the time from sending the request until the response body had been read.
	 * @return the elapsed time
	 */
	public Duration elapsed() {
		return this.elapsed;
	}

	/**
	 * Returns this response if it is 2xx, otherwise raises the matching exception.
	 * @return this response
	 * @throws PagerDutyServerException for a 5xx
	 * @throws PagerDutyHttpException for any other status
	 */
	public ApiResponse requireSuccess() {
		return requireSuccess(null);
	}

	/**
	 * Returns this response if it is 2xx, otherwise raises the matching exception whose
	 * message names the context, for example {@code classic pagination}.
	 * @param context what the client was doing, or {@code null}
	 * @return this response
	 * @throws PagerDutyServerException for a 5xx
	 * @throws PagerDutyHttpException for any other status
	 */
	public ApiResponse requireSuccess(@Nullable String context) {
		if (isSuccess()) {
			return this;
		}
		String message = ErrorMessages.httpError(this, context);
		if (this.status >= 500) {
			throw new PagerDutyServerException(message, this);
		}
		throw new PagerDutyHttpException(message, this);
	}

	private static boolean isBlank(byte[] bytes) {
		for (byte b : bytes) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	private Charset charset() {
		String value = this.headers.getFirst("content-type");
		if (value == null || value.indexOf(';') < 0) {
			return StandardCharsets.UTF_8;
		}
		try {
			MediaType contentType = this.headers.getContentType();
			if (contentType != null && contentType.getCharset() != null) {
				return contentType.getCharset();
			}
		}
		catch (RuntimeException ex) {
			// an unparsable Content-Type falls back to UTF-8
		}
		return StandardCharsets.UTF_8;
	}

	@Override
	public String toString() {
		return "ApiResponse[" + this.method + " " + ErrorMessages.displayUrl(this.uri) + " -> " + this.status + "]";
	}

}
