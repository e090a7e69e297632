package io.pdkit.rest.typed;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * List, get, create, update and delete of one collection, shared by the typed services.
 */
final class Crud<T> {

	private final TypedCalls calls;

	private final String path;

	private final Class<T> type;

	private final Function<T, @Nullable String> id;

	Crud(TypedCalls calls, String path, Class<T> type, Function<T, @Nullable String> id) {
		this.calls = calls;
		this.path = path;
		this.type = type;
		this.id = id;
	}

	Stream<T> list(QueryFilter<?> filter) {
		return this.calls.list(this.path, filter.toQuery(), this.type);
	}

	T get(String id, Map<String, ?> query) {
		return this.calls.get(item(id), query, this.type);
	}

	T create(T value) {
		return this.calls.post(this.path, requireValue(value), this.type);
	}

	T update(T value) {
		return this.calls.put(item(this.id.apply(requireValue(value))), value, this.type);
	}

	void delete(String id) {
		this.calls.delete(item(id));
	}

	String item(@Nullable String id) {
		return this.path + "/" + Ids.segment(id, "id");
	}

	private T requireValue(@Nullable T value) {
		if (value == null) {
			throw new IllegalArgumentException(this.type.getSimpleName() + " must not be null");
		}
		return value;
	}

}
