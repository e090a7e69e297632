package io.pdkit.core.internal;

import io.pdkit.core.ApiResponse;

/**
 * Told of every response a client receives, retried ones included.
 */
@FunctionalInterface
public interface ResponseListener {

	/** Does nothing. */
	ResponseListener NONE = (request, response) -> {
	};

	/**
	 * Receives one response.
	 * @param request the resolved request
	 * @param response the response
	 */
	void onResponse(ResolvedRequest request, ApiResponse response);

}
