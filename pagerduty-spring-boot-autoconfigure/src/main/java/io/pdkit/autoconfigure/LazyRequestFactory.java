package io.pdkit.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A request factory that creates the real one (connection pool, TLS set-up, HTTP client
 * classes) on the first request rather than when the application context starts, once,
 * whatever the number of threads asking; closing releases what was created and nothing if
 * no request was ever sent.
 */
final class LazyRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

	private final Supplier<ClientHttpRequestFactory> opener;

	private final Closer closer;

	private volatile @Nullable ClientHttpRequestFactory delegate;

	private boolean closed;

	LazyRequestFactory(Supplier<ClientHttpRequestFactory> opener, Closer closer) {
		this.opener = opener;
		this.closer = closer;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		return delegate().createRequest(uri, httpMethod);
	}

	boolean isOpen() {
		return this.delegate != null;
	}

	private ClientHttpRequestFactory delegate() {
		ClientHttpRequestFactory current = this.delegate;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			current = this.delegate;
			if (current == null) {
				if (this.closed) {
					throw new IllegalStateException("The PagerDuty HTTP stack is closed");
				}
				current = this.opener.get();
				this.delegate = current;
			}
			return current;
		}
	}

	@Override
	public void close() throws Exception {
		ClientHttpRequestFactory created;
		synchronized (this) {
			this.closed = true;
			created = this.delegate;
		}
		if (created != null) {
			this.closer.close(created);
		}
	}

	/** Releases a factory the opener created. */
	@FunctionalInterface
	interface Closer {

		void close(ClientHttpRequestFactory factory) throws Exception;

	}

}
