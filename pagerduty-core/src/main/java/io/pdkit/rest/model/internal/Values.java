package io.pdkit.rest.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Copies that keep the generated records immutable. */
public final class Values {

	private Values() {
	}

	/**
	 * Returns an unmodifiable copy of a list (which may hold {@code null} items), or
	 * {@code null}.
	 * @param list the list
	 * @param <T> the item type
	 * @return the copy
	 */
	public static <T> @Nullable List<T> list(@Nullable List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : null;
	}

	/**
	 * Returns an unmodifiable copy of the unnamed properties, empty for {@code null}, in
	 * their order.
	 * @param extra the properties
	 * @return the copy
	 */
	public static Map<String, JsonNode> extra(@Nullable Map<String, JsonNode> extra) {
		return (extra == null || extra.isEmpty()) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
	}

	/**
	 * Returns a copy of the unnamed properties with one set or replaced.
	 * @param extra the properties
	 * @param name the property name
	 * @param value the value
	 * @return the copy
	 */
	public static Map<String, JsonNode> with(Map<String, JsonNode> extra, String name, JsonNode value) {
		Map<String, JsonNode> copy = new LinkedHashMap<>(extra);
		copy.put(name, value);
		return Collections.unmodifiableMap(copy);
	}

}
