package io.pdkit.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters, extra headers and a body for one request. Values are copied when set,
 * so later changes to the caller's maps and lists have no effect. A collection or array
 * query value is sent once per element; {@link io.pdkit.core.ApiClient} subclasses may
 * rename such keys (REST API v2 sends
 * {@code statuses[]=triggered&statuses[]=acknowledged}).
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *         .query(Map.of("statuses", List.of("triggered", "acknowledged")))
 *         .headers(Map.of("From", "oncall@example.com"))
 *         .build();
 * ApiResponse response = client.get("/incidents", options);
 * }</pre>
 */
public final class RequestOptions {

	private static final RequestOptions NONE = builder().build();

	private final Map<String, @Nullable Object> query;

	private final Map<String, String> headers;

	private final @Nullable Object body;

	private final @Nullable Map<String, String> form;

	private RequestOptions(Builder builder) {
		this.query = Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
		this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
		this.body = builder.body;
		this.form = (builder.form != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(builder.form)) : null;
	}

	/**
	 * Returns options with nothing set.
	 * @return empty options
	 */
	public static RequestOptions none() {
		return NONE;
	}

	/**
	 * Starts building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns a builder that starts from these options.
	 * @return a builder holding copies of this query, these headers and this body
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.query.putAll(this.query);
		builder.headers.putAll(this.headers);
		builder.body = this.body;
		builder.form = (this.form != null) ? new LinkedHashMap<>(this.form) : null;
		return builder;
	}

	/**
	 * Returns the query parameters in insertion order.
	 * @return an unmodifiable map; collection values are unmodifiable lists
	 */
	public Map<String, @Nullable Object> query() {
		return this.query;
	}

	/**
	 * Returns the extra headers.
	 * @return an unmodifiable map
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Returns the JSON body, if any.
	 * @return the body object, serialised with the client's JSON mapper
	 */
	public @Nullable Object body() {
		return this.body;
	}

	/**
	 * Returns the form body, if any.
	 * @return the form fields, sent as {@code application/x-www-form-urlencoded}
	 */
	public @Nullable Map<String, String> form() {
		return this.form;
	}

	@Override
	public String toString() {
		return "RequestOptions[query=" + this.query.keySet() + ", headers=" + this.headers.keySet() + ", body="
				+ ((this.body != null) ? "present" : "none") + ", form="
				+ ((this.form != null) ? this.form.keySet() : "none") + "]";
	}

	/**
	 * Builds {@link RequestOptions}.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> query = new LinkedHashMap<>();

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable Object body;

		private @Nullable Map<String, String> form;

		private Builder() {
		}

		/**
		 * Adds query parameters; a {@code null} value is sent as {@code key=}.
		 * @param query the parameters
		 * @return this builder
		 */
		public Builder query(Map<String, ? extends @Nullable Object> query) {
			Objects.requireNonNull(query, "query must not be null");
			query.forEach(this::queryParam);
			return this;
		}

		/**
		 * Adds one query parameter.
		 * @param name the name
		 * @param value the value: a scalar, a collection, an array, or {@code null}
		 * @return this builder
		 */
		public Builder queryParam(String name, @Nullable Object value) {
			if (name == null || name.isEmpty()) {
				throw new IllegalArgumentException("query: parameter name must not be null or empty");
			}
			this.query.put(name, copyValue(value));
			return this;
		}

		/**
		 * Adds headers.
		 * @param headers header names and values
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			Objects.requireNonNull(headers, "headers must not be null");
			headers.forEach(this::header);
			return this;
		}

		/**
		 * Adds one header.
		 * @param name the name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("headers: header name must not be null or blank");
			}
			if (value == null) {
				throw new IllegalArgumentException("headers: value of header " + name + " must not be null");
			}
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Sets the JSON body: any value the client's Jackson mapper can serialise.
		 * @param body the body
		 * @return this builder
		 * @throws IllegalArgumentException if the body is a {@link RequestOptions} or a
		 * form was set
		 */
		public Builder body(@Nullable Object body) {
			if (body instanceof RequestOptions || body instanceof Builder) {
				throw new IllegalArgumentException(
						"body must not be a RequestOptions; pass options as the options argument");
			}
			if (body != null && this.form != null) {
				throw new IllegalArgumentException("body cannot be combined with form");
			}
			this.body = body;
			return this;
		}

		/**
		 * Sets an {@code application/x-www-form-urlencoded} body.
		 * @param form the form fields
		 * @return this builder
		 * @throws IllegalArgumentException if a JSON body was set
		 */
		public Builder form(Map<String, String> form) {
			Objects.requireNonNull(form, "form must not be null");
			if (this.body != null) {
				throw new IllegalArgumentException("form cannot be combined with body");
			}
			form.forEach((name, value) -> {
				if (name == null || value == null) {
					throw new IllegalArgumentException("form: names and values must not be null");
				}
			});
			this.form = new LinkedHashMap<>(form);
			return this;
		}

		/**
		 * Builds the options.
		 * @return the options
		 */
		public RequestOptions build() {
			return new RequestOptions(this);
		}

		private static @Nullable Object copyValue(@Nullable Object value) {
			if (value instanceof Collection<?> collection) {
				return Collections.unmodifiableList(new ArrayList<>(collection));
			}
			if (value instanceof Object[] array) {
				return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(array)));
			}
			return value;
		}

	}

}
