package io.pdkit.test.internal;

/** Answers one route. Runs while holding the state's monitor. */
@FunctionalInterface
public interface Handler {

	/**
	 * Handles a request.
	 * @throws ApiError to answer with one of PagerDuty's error bodies
	 */
	SimResponse handle(SimRequest request, SimContext context);

}
