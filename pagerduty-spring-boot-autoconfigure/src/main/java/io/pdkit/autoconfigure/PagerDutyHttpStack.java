package io.pdkit.autoconfigure;

import io.pdkit.core.ApiClient;

/**
 * Puts the HTTP stack (timeouts, proxy, SSL, observations) on a client builder; one stack
 * serves every client of the application context.
 */
@FunctionalInterface
interface PagerDutyHttpStack {

	void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties);

	static PagerDutyHttpStack standalone() {
		return new StandaloneHttpStack();
	}

}
