package io.pdkit.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Finds the endpoint of a request path, compiled once per API.
 */
@FunctionalInterface
public interface EndpointIndex {

	/** Knows no endpoints. */
	EndpointIndex NONE = (method, relativePath) -> null;

	/**
	 * Finds the endpoint of a request; never throws for an unknown or ambiguous path.
	 * @param method the upper-case HTTP method
	 * @param relativePath the path below the base URL, starting with {@code /}, without
	 * query
	 * @return the endpoint, or {@code null} if the path matches none (or several equally
	 * well)
	 */
	@Nullable Endpoint find(String method, String relativePath);

}
