package io.pdkit.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * One operation of an API as a request resolves to it: the method, the canonical path,
 * and the entity wrappers of its request and response bodies. Built once per operation
 * and shared by every call.
 */
public final class Endpoint {

	private final String method;

	private final String canonicalPath;

	private final @Nullable String requestWrapper;

	private final @Nullable String responseWrapper;

	private final String key;

	/**
	 * Creates the endpoint.
	 * @param method the upper-case HTTP method
	 * @param canonicalPath the canonical path, for example {@code /users/{id}}
	 * @param requestWrapper the key a request body goes under, or {@code null}
	 * @param responseWrapper the key the response entity is under, or {@code null}
	 */
	public Endpoint(String method, String canonicalPath, @Nullable String requestWrapper,
			@Nullable String responseWrapper) {
		this.method = method;
		this.canonicalPath = canonicalPath;
		this.requestWrapper = requestWrapper;
		this.responseWrapper = responseWrapper;
		this.key = method + " " + canonicalPath;
	}

	/**
	 * Returns an endpoint without entity wrappers.
	 * @param method the upper-case HTTP method
	 * @param canonicalPath the canonical path
	 * @return the endpoint
	 */
	public static Endpoint unwrapped(String method, String canonicalPath) {
		return new Endpoint(method, canonicalPath, null, null);
	}

	/**
	 * Returns the upper-case HTTP method.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * Returns the canonical path.
	 * @return the canonical path
	 */
	public String canonicalPath() {
		return this.canonicalPath;
	}

	/**
	 * Returns the request wrapper.
	 * @return the key, or {@code null} for none
	 */
	public @Nullable String requestWrapper() {
		return this.requestWrapper;
	}

	/**
	 * Returns the response wrapper.
	 * @return the key, or {@code null} for none
	 */
	public @Nullable String responseWrapper() {
		return this.responseWrapper;
	}

	/**
	 * Returns {@code METHOD canonical-path}, the key of call statistics.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	@Override
	public String toString() {
		return this.key;
	}

}
