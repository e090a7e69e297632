package io.pdkit.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP stack a client sends through, shared by the client and every {@code mutate()} copy that keeps its
 * HTTP settings. The resources the stack created are released when the last user releases it; a caller's stack
 * ({@code owned == null}) is never closed.
 */
public final class Transport {

    private final RestClient restClient;

    private final @Nullable ClientHttpRequestFactory requestFactory;

    private final @Nullable AutoCloseable owned;

    private final Object key;

    private final AtomicInteger users = new AtomicInteger(1);

    Transport(RestClient restClient, @Nullable ClientHttpRequestFactory requestFactory, @Nullable AutoCloseable owned,
            Object key) {
        this.restClient = restClient;
        this.requestFactory = requestFactory;
        this.owned = owned;
        this.key = key;
    }

    /**
     * Returns the client to send with.
     * @return the REST client
     */
    public RestClient restClient() {
        return this.restClient;
    }

    /**
     * Returns the request factory the client sends through, to hand this stack to other clients.
     * @return the factory, or {@code null} if it came inside a caller's {@code RestClient.Builder}
     */
    public @Nullable ClientHttpRequestFactory requestFactory() {
        return this.requestFactory;
    }

    /**
     * Returns whether this transport created resources that it releases.
     * @return {@code true} unless the caller passed the stack
     */
    public boolean ownsResources() {
        return this.owned != null;
    }

    /**
     * Adds a user if this transport was built with the same settings and is still open.
     * @param wantedKey the HTTP settings of the new user
     * @return {@code true} if the caller may use this transport (and must release it once)
     */
    public boolean retainFor(Object wantedKey) {
        if (!this.key.equals(wantedKey)) {
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
     * Removes a user; the last one closes the resources this transport created.
     */
    public void release() {
        if (this.users.decrementAndGet() == 0 && this.owned != null) {
            try {
                this.owned.close();
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

}
