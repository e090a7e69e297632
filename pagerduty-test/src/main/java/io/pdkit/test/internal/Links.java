package io.pdkit.test.internal;

/**
 * Builds the {@code self} URLs (pointing at the simulator) and {@code html_url}s of
 * resources.
 */
public record Links(String restBaseUrl, String webBaseUrl) {

	/** The API URL of a resource, e.g. {@code http://127.0.0.1:8089/users/PABC123}. */
	public String self(String collection, String id) {
		return restBaseUrl + "/" + collection + "/" + id;
	}

	/**
	 * The web UI URL of a resource, e.g.
	 * {@code https://pdkit-sim.pagerduty.com/users/PABC123}.
	 */
	public String html(String webPath, String id) {
		return webBaseUrl + "/" + webPath + "/" + id;
	}
}
