package io.pdkit.core;

/**
 * The raw HTTP verbs of a client whose API takes arbitrary requests: REST API v2 and the
 * integration APIs, SCIM and MCP. Every response is returned as it is, except that 401
 * and 3xx raise, a 429 is retried, and statuses with a retry budget are retried (see
 * {@link RetrySettings}). The Events API and OAuth clients do not offer them: they send
 * only the requests their own methods build.
 *
 * <pre>{@code
 * try (RestApiV2Client client = RestApiV2Client.builder(apiKey).build()) {
 *     ApiResponse response = client.get("/users/me");
 *     System.out.println(response.status() + " " + response.json());
 * }
 * }</pre>
 */
public interface RawVerbs {

	/**
	 * Sends a request. This is the single path every call of every client takes.
	 * @param method the HTTP method, case-insensitive; must be permitted by the API
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response, whatever its status (except as {@link RetrySettings}
	 * describes)
	 * @throws PagerDutyUrlException if the URL is not under the base URL
	 * @throws PagerDutyException if the method is not permitted or the network fails
	 * after all retries
	 * @throws PagerDutyHttpException on 401
	 * @throws PagerDutyServerException on 3xx
	 * @throws IllegalStateException if the client is closed
	 */
	ApiResponse request(String method, String url, RequestOptions options);

	/**
	 * Sends a GET request.
	 * @param url a path ({@code /users}) or a full URL under the base URL
	 * @return the response
	 */
	default ApiResponse get(String url) {
		return request("GET", url, RequestOptions.none());
	}

	/**
	 * Sends a GET request.
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters and headers
	 * @return the response
	 */
	default ApiResponse get(String url, RequestOptions options) {
		return request("GET", url, options);
	}

	/**
	 * Sends a POST request.
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response
	 */
	default ApiResponse post(String url, RequestOptions options) {
		return request("POST", url, options);
	}

	/**
	 * Sends a PUT request.
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response
	 */
	default ApiResponse put(String url, RequestOptions options) {
		return request("PUT", url, options);
	}

	/**
	 * Sends a PATCH request.
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters, headers and body
	 * @return the response
	 */
	default ApiResponse patch(String url, RequestOptions options) {
		return request("PATCH", url, options);
	}

	/**
	 * Sends a DELETE request.
	 * @param url a path or a full URL under the base URL
	 * @return the response
	 */
	default ApiResponse delete(String url) {
		return request("DELETE", url, RequestOptions.none());
	}

	/**
	 * Sends a DELETE request.
	 * @param url a path or a full URL under the base URL
	 * @param options query parameters and headers
	 * @return the response
	 */
	default ApiResponse delete(String url, RequestOptions options) {
		return request("DELETE", url, options);
	}

}
