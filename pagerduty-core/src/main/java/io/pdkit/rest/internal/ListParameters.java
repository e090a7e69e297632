package io.pdkit.rest.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.pdkit.core.internal.QueryEncoder;
import org.jspecify.annotations.Nullable;

/**
 * Names list-valued query parameters. python-pagerduty sends every list as
 * {@code key[]=a&key[]=b}; the spec declares a few without brackets ({@code ids} of
 * {@code GET /standards/scores/{resource_type}}, and {@code sort_by} of
 * {@code GET /incidents}, written {@code sort_by=a,b}). For those operations the spec's
 * name and style are used; everywhere else the bracket rename applies.
 */
public final class ListParameters {

	private static final ListParameters NONE = new ListParameters(Map.of());

	private final Map<String, Map<String, Boolean>> declared;

	private ListParameters(Map<String, Map<String, Boolean>> declared) {
		this.declared = declared;
	}

	/**
	 * Returns an instance that declares nothing: every list gets the bracket rename.
	 * @return the instance
	 */
	public static ListParameters none() {
		return NONE;
	}

	/**
	 * Parses the lines of {@code list-parameters.tsv}: method, canonical path, parameter,
	 * explode.
	 * @param lines the data lines
	 * @return the table
	 */
	public static ListParameters parse(List<String> lines) {
		Map<String, Map<String, Boolean>> declared = new HashMap<>();
		for (String line : lines) {
			String[] fields = line.split("\t", -1);
			if (fields.length != 4) {
				throw new IllegalStateException("Malformed list-parameters.tsv line: " + line);
			}
			declared.computeIfAbsent(key(fields[0], fields[1]), k -> new HashMap<>())
				.put(fields[2], Boolean.parseBoolean(fields[3]));
		}
		declared.replaceAll((k, v) -> Map.copyOf(v));
		return new ListParameters(Map.copyOf(declared));
	}

	/**
	 * Returns the parameters to send: a list parameter the operation declares without
	 * brackets keeps its name (joined with commas when the spec does not explode it); any
	 * other list gets {@code []} appended.
	 * @param method the upper-case method
	 * @param canonicalPath the canonical path, or {@code null} if unknown
	 * @param query the caller's parameters (never changed)
	 * @return a new map
	 */
	public Map<String, ? extends @Nullable Object> normalize(String method, @Nullable String canonicalPath,
			Map<String, ? extends @Nullable Object> query) {
		Map<String, Boolean> bare = (canonicalPath != null)
				? this.declared.getOrDefault(key(method, canonicalPath), Map.of()) : Map.of();
		Map<String, @Nullable Object> normalized = new LinkedHashMap<>();
		query.forEach((name, value) -> {
			boolean many = value instanceof Collection<?> || (value != null && value.getClass().isArray());
			Boolean explode = bare.get(name);
			if (!many || name.endsWith("[]")) {
				normalized.put(name, value);
			}
			else if (explode == null) {
				normalized.put(name + "[]", value);
			}
			else {
				normalized.put(name, explode ? value : joined(value));
			}
		});
		return normalized;
	}

	private static String joined(@Nullable Object value) {
		List<@Nullable Object> elements = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			elements.addAll(collection);
		}
		else if (value != null) {
			for (int i = 0; i < Array.getLength(value); i++) {
				elements.add(Array.get(value, i));
			}
		}
		return elements.stream().map(QueryEncoder::render).collect(Collectors.joining(","));
	}

	private static String key(String method, String canonicalPath) {
		return method.toUpperCase(Locale.ROOT) + " " + canonicalPath;
	}

}
