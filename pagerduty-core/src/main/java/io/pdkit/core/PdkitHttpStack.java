package io.pdkit.core;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

import io.pdkit.core.internal.HttpStack;
import io.pdkit.core.internal.Transport;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * pdkit's default HTTP stack, opened once and handed to several clients through
 * {@link ApiClient.Builder#requestFactory(ClientHttpRequestFactory)}: a pooled Apache
 * HttpClient 5 (or the JDK {@code HttpClient}) that never follows redirects and never
 * retries on its own. Clients given its factory never close it; {@link #close()} does,
 * once they are no longer used.
 *
 * <pre>{@code
 * try (PdkitHttpStack stack = PdkitHttpStack.open(HttpClientType.APACHE, Duration.ofSeconds(10),
 *         Duration.ofSeconds(60), null)) {
 *     RestApiV2Client rest = RestApiV2Client.builder(apiKey).requestFactory(stack.requestFactory()).build();
 *     EventsApiV2Client events = EventsApiV2Client.builder(routingKey).requestFactory(stack.requestFactory()).build();
 *     // both share one connection pool
 * }
 * }</pre>
 */
public final class PdkitHttpStack implements AutoCloseable {

	private final Transport transport;

	private PdkitHttpStack(Transport transport) {
		this.transport = transport;
	}

	/**
	 * Opens a stack. Its connection pool is created when {@link #requestFactory()} is
	 * first called.
	 * @param type the HTTP client to use
	 * @param connectTimeout the connect timeout
	 * @param readTimeout the read timeout
	 * @param proxy an HTTP proxy, or {@code null} for none
	 * @return the open stack
	 */
	public static PdkitHttpStack open(HttpClientType type, Duration connectTimeout, Duration readTimeout,
			@Nullable InetSocketAddress proxy) {
		Objects.requireNonNull(type, "type must not be null");
		Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
		Objects.requireNonNull(readTimeout, "readTimeout must not be null");
		return new PdkitHttpStack(new HttpStack(type, null, null, connectTimeout, readTimeout, proxy).open());
	}

	/**
	 * The request factory to give to client builders; the first call creates the
	 * connection pool.
	 * @return the factory
	 */
	public ClientHttpRequestFactory requestFactory() {
		return Objects.requireNonNull(this.transport.requestFactory(), "requestFactory");
	}

	/** Closes the connection pool and every thread the stack started. */
	@Override
	public void close() {
		this.transport.release();
	}

}
