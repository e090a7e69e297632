package io.pdkit.rest.typed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.pdkit.core.RequestOptions;
import io.pdkit.rest.RestApiV2Client;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The calls every typed service makes: each one is a public
 * {@code rget}/{@code rpost}/{@code rput}/ {@code rdelete}/{@code iterAll}/{@code jpost}
 * of the client, so retries, wrapping, pagination, observation and errors are the
 * client's own.
 */
final class TypedCalls {

	private final RestApiV2Client client;

	private final Map<String, String> headers;

	TypedCalls(RestApiV2Client client, Map<String, String> headers) {
		this.client = Objects.requireNonNull(client, "client must not be null");
		this.headers = Map.copyOf(headers);
	}

	static TypedCalls of(RestApiV2Client client) {
		return new TypedCalls(client, Map.of());
	}

	TypedCalls from(String email) {
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("email must not be blank");
		}
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put("From", email);
		return new TypedCalls(this.client, copy);
	}

	<T> Stream<T> list(String path, Map<String, ?> query, Class<T> type) {
		return this.client.iterAll(path, query, type);
	}

	<T> T get(String path, Map<String, ?> query, Class<T> type) {
		return this.client.rget(path, options(query, null), type);
	}

	<T> T post(String path, Object body, Class<T> type) {
		return this.client.rpost(path, options(Map.of(), body), type);
	}

	<T> T put(String path, Object body, Class<T> type) {
		return this.client.rput(path, options(Map.of(), body), type);
	}

	<T> List<T> putAll(String path, Collection<?> body, Class<T> type) {
		return toList(this.client.rput(path, options(Map.of(), List.copyOf(body))), type);
	}

	JsonNode postRaw(String path, Object body) {
		return this.client.jpost(path, options(Map.of(), body));
	}

	<T> List<T> getList(String path, Map<String, ?> query, Class<T> type) {
		return toList(this.client.rget(path, options(query, null)), type);
	}

	void delete(String path) {
		this.client.rdelete(path, options(Map.of(), null));
	}

	<T> T convert(JsonNode node, Class<T> type) {
		return this.client.jsonMapper().treeToValue(node, type);
	}

	<T> List<T> toList(JsonNode node, Class<T> type) {
		JavaType listType = this.client.jsonMapper().getTypeFactory().constructCollectionType(List.class, type);
		return Collections
			.unmodifiableList(new ArrayList<>(this.client.jsonMapper().<List<T>>treeToValue(node, listType)));
	}

	private RequestOptions options(Map<String, ?> query, @Nullable Object body) {
		RequestOptions.Builder builder = RequestOptions.builder().query(query).headers(this.headers);
		return (body != null) ? builder.body(body).build() : builder.build();
	}

}
