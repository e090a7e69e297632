package io.pdkit.rest;

import org.jspecify.annotations.Nullable;

/**
 * The wrapper keys of one REST operation: the top-level property that holds the entity in
 * the request body and in the response body, or {@code null} where the body is used as
 * is.
 *
 * <pre>{@code
 * EntityWrappers wrappers = client.entityWrappers("POST", "/business_services/{id}/subscribers");
 * // wrappers.request() = "subscribers", wrappers.response() = "subscriptions"
 * }</pre>
 *
 * @param request the request wrapper, or {@code null} for none
 * @param response the response wrapper, or {@code null} for none
 */
public record EntityWrappers(@Nullable String request, @Nullable String response) {

	/** No wrapping in either direction. */
	public static final EntityWrappers NONE = new EntityWrappers(null, null);

	/**
	 * Returns the same wrapper for both directions.
	 * @param wrapper the wrapper key, or {@code null} for none
	 * @return the pair
	 */
	public static EntityWrappers both(@Nullable String wrapper) {
		return new EntityWrappers(wrapper, wrapper);
	}

}
