package io.pdkit.core.internal;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * A request URL resolved once against the base URL: what the executor, retries, the
 * observation and call statistics all read.
 *
 * @param method the upper-case HTTP method
 * @param uri the absolute request URI, with the query of the URL (not yet the caller's
 * parameters)
 * @param relativePath the path below the base URL, starting with {@code /}
 * @param endpoint the operation, or {@code null} if the path matches none
 * @param api the name of the API
 */
public record ResolvedRequest(String method, URI uri, String relativePath, @Nullable Endpoint endpoint, String api) {

	/**
	 * Returns the canonical path.
	 * @return the canonical path, or {@code null} if the path matches none
	 */
	public @Nullable String canonicalPath() {
		return (this.endpoint != null) ? this.endpoint.canonicalPath() : null;
	}

}
