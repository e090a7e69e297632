package io.pdkit.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP stack a client sends through, shared by the client and every {@code mutate()}
 * copy that keeps its HTTP settings. Nothing is created until the first request asks for
 * the {@link RestClient}: building a client (or a Spring context full of them) opens no
 * connection pool, loads no HTTP client classes and starts no thread. What the stack
 * created is released when the last user releases it; a caller's stack is never closed.
 */
public final class Transport {

	private final HttpStack settings;

	private final RestClient.@Nullable Builder callerSnapshot;

	private final AtomicInteger users = new AtomicInteger(1);

	private volatile @Nullable OpenStack open;

	private boolean closed;

	Transport(HttpStack settings, RestClient.@Nullable Builder callerSnapshot) {
		this.settings = settings;
		this.callerSnapshot = callerSnapshot;
	}

	/**
	 * Returns the client to send with, creating the HTTP stack on the first call.
	 * @return the REST client
	 * @throws IllegalStateException if every user has released this transport
	 */
	public RestClient restClient() {
		return open().restClient();
	}

	/**
	 * Returns the request factory the client sends through, to hand this stack to other
	 * clients; creates the HTTP stack on the first call.
	 * @return the factory, or {@code null} if it came inside a caller's
	 * {@code RestClient.Builder}
	 * @throws IllegalStateException if every user has released this transport
	 */
	public @Nullable ClientHttpRequestFactory requestFactory() {
		return open().requestFactory();
	}

	/**
	 * Returns whether this transport creates resources that it releases.
	 * @return {@code true} unless the caller passed the stack (a request factory, or a
	 * {@code RestClient.Builder} that has one)
	 */
	public boolean ownsResources() {
		return this.settings.createsOwnStack(this.callerSnapshot);
	}

	/**
	 * Returns whether the HTTP stack has been created (by a first request).
	 * @return {@code true} once created
	 */
	public boolean isOpen() {
		return this.open != null;
	}

	private OpenStack open() {
		OpenStack current = this.open;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			current = this.open;
			if (current == null) {
				if (this.closed) {
					throw new IllegalStateException("The HTTP stack of this client is closed");
				}
				current = this.settings.create(this.callerSnapshot);
				this.open = current;
			}
			return current;
		}
	}

	/**
	 * Adds a user if this transport was built with the same settings and is still open.
	 * @param wantedKey the HTTP settings of the new user
	 * @return {@code true} if the caller may use this transport (and must release it
	 * once)
	 */
	public boolean retainFor(Object wantedKey) {
		if (!this.settings.equals(wantedKey)) {
			return false;
		}
		for (;;) {
			int current = this.users.get();
			if (current == 0) {
				return false;
			}
			if (this.users.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	/**
	 * Removes a user; the last one closes the resources this transport created, if a
	 * request created them.
	 */
	public void release() {
		if (this.users.decrementAndGet() != 0) {
			return;
		}
		OpenStack created;
		synchronized (this) {
			this.closed = true;
			created = this.open;
		}
		AutoCloseable owned = (created != null) ? created.owned() : null;
		if (owned != null) {
			try {
				owned.close();
			}
			catch (Exception ex) {
				LoggerFactory.getLogger(Transport.class).debug("Closing the HTTP client failed", ex);
			}
		}
	}

	/**
	 * Returns how many clients use this transport.
	 * @return the count, 0 once released
	 */
	public int users() {
		return this.users.get();
	}

	/**
	 * What opening the stack created.
	 *
	 * @param restClient the client to send with
	 * @param requestFactory the request factory, or {@code null} if it came inside a
	 * caller's builder
	 * @param owned what closing releases, or {@code null} for a caller's stack
	 */
	record OpenStack(RestClient restClient, @Nullable ClientHttpRequestFactory requestFactory,
			@Nullable AutoCloseable owned) {
	}

}
