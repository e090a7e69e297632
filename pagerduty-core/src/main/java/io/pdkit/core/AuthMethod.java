package io.pdkit.core;

import java.util.Map;
import java.util.Objects;

/**
 * Where a client puts its credential: in the {@code Authorization} header (REST and
 * integration APIs) or in the body of POST, PUT and PATCH requests (the Events API
 * routing key, OAuth client credentials).
 *
 * <pre>{@code
 * AuthMethod token = AuthMethod.header(AuthType.TOKEN);        // Authorization: Token token=...
 * AuthMethod routingKey = AuthMethod.bodyParameter("routing_key");
 * }</pre>
 */
public interface AuthMethod {

	/**
	 * Returns the headers that carry the secret; they can never be replaced by a caller's
	 * headers.
	 * @param secret the current secret
	 * @return header names and values, empty for a body-parameter method
	 */
	Map<String, String> headers(String secret);

	/**
	 * Returns the parameters merged into every JSON object or form body of a POST, PUT or
	 * PATCH request.
	 * @param secret the current secret
	 * @return parameter names and values, empty for a header method
	 */
	Map<String, String> bodyParameters(String secret);

	/**
	 * Returns the header method for an {@link AuthType}.
	 * @param type how to format the header
	 * @return the method
	 */
	static AuthMethod header(AuthType type) {
		Objects.requireNonNull(type, "type must not be null");
		return new AuthMethod() {
			@Override
			public Map<String, String> headers(String secret) {
				return Map.of("Authorization", type.headerValue(secret));
			}

			@Override
			public Map<String, String> bodyParameters(String secret) {
				return Map.of();
			}

			@Override
			public String toString() {
				return "AuthMethod[header " + type + "]";
			}
		};
	}

	/**
	 * Returns a method that sends the secret as one body parameter.
	 * @param name the parameter name, for example {@code routing_key}
	 * @return the method
	 */
	static AuthMethod bodyParameter(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be null or blank");
		}
		return new AuthMethod() {
			@Override
			public Map<String, String> headers(String secret) {
				return Map.of();
			}

			@Override
			public Map<String, String> bodyParameters(String secret) {
				return Map.of(name, secret);
			}

			@Override
			public String toString() {
				return "AuthMethod[body parameter " + name + "]";
			}
		};
	}

}
