package io.pdkit.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.EndpointIndex;
import io.pdkit.rest.EntityWrappers;
import org.jspecify.annotations.Nullable;

/**
 * The endpoints of a REST-style API: a request path is matched once by the compiled
 * {@link CanonicalPaths}, and each operation's {@link Endpoint} (with its entity
 * wrappers) is built on first use and shared afterwards.
 */
public final class RestEndpoints implements EndpointIndex {

	private final CanonicalPaths paths;

	private final WrapperTable wrappers;

	private final Map<String, Map<String, Endpoint>> byMethod = new ConcurrentHashMap<>();

	/**
	 * Creates the index.
	 * @param paths the canonical paths
	 * @param wrappers the entity wrappers
	 */
	public RestEndpoints(CanonicalPaths paths, WrapperTable wrappers) {
		this.paths = paths;
		this.wrappers = wrappers;
	}

	@Override
	public @Nullable Endpoint find(String method, String relativePath) {
		String canonical = this.paths.matchOrNull(relativePath);
		return (canonical != null) ? endpoint(method, canonical) : null;
	}

	/**
	 * Returns the endpoint of an operation.
	 * @param method the upper-case HTTP method
	 * @param canonicalPath one of the canonical paths
	 * @return the endpoint, with its wrappers
	 */
	public Endpoint endpoint(String method, String canonicalPath) {
		Map<String, Endpoint> endpoints = this.byMethod.get(method);
		Endpoint known = (endpoints != null) ? endpoints.get(canonicalPath) : null;
		if (known != null) {
			return known;
		}
		return this.byMethod.computeIfAbsent(method, key -> new ConcurrentHashMap<>())
			.computeIfAbsent(canonicalPath, key -> {
				EntityWrappers pair = this.wrappers.lookup(method, canonicalPath);
				return new Endpoint(method, canonicalPath, pair.request(), pair.response());
			});
	}

}
