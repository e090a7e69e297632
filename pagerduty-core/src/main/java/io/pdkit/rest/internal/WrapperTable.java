package io.pdkit.rest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pdkit.rest.EntityWrappers;
import org.jspecify.annotations.Nullable;

/**
 * The resolved entity wrappers per {@code METHOD canonical-path}, with python-pagerduty's
 * inference from the path for operations the table does not list.
 */
public final class WrapperTable {

	private static final String NONE = "-";

	private static final String ANY_METHOD = "*";

	private final Map<String, EntityWrappers> entries;

	/**
	 * Creates the table.
	 * @param entries wrappers keyed by {@code METHOD canonical-path}
	 */
	public WrapperTable(Map<String, EntityWrappers> entries) {
		this.entries = Map.copyOf(entries);
	}

	/**
	 * Parses tab-separated lines: method, canonical path, request wrapper, response
	 * wrapper ({@code -} = none).
	 * @param lines the lines
	 * @return the table
	 */
	public static WrapperTable parse(List<String> lines) {
		Map<String, EntityWrappers> entries = new HashMap<>();
		for (String line : lines) {
			String[] fields = line.split("\t", -1);
			if (fields.length < 4) {
				throw new IllegalStateException("Malformed entity wrapper line: " + line);
			}
			entries.put(key(fields[0], fields[1]), new EntityWrappers(wrapper(fields[2]), wrapper(fields[3])));
		}
		return new WrapperTable(entries);
	}

	/**
	 * Returns the wrappers of an operation.
	 * @param method the HTTP method, any case
	 * @param canonicalPath the canonical path
	 * @return the pair listed for the method, else the pair listed for any method
	 * ({@code *}), else the pair inferred from the path
	 */
	public EntityWrappers lookup(String method, String canonicalPath) {
		String upper = method.toUpperCase(Locale.ROOT);
		EntityWrappers listed = this.entries.get(key(upper, canonicalPath));
		if (listed == null) {
			listed = this.entries.get(key(ANY_METHOD, canonicalPath));
		}
		return (listed != null) ? listed : EntityWrappers.both(infer(upper, canonicalPath));
	}

	/**
	 * Infers a wrapper from a path as python-pagerduty does: after a trailing parameter
	 * the singular of the node before it; for POST the singular of the last node;
	 * otherwise the last node. The singular turns a final {@code ies} into {@code y} and
	 * otherwise drops every trailing {@code s}.
	 * @param method the upper-case method
	 * @param canonicalPath the canonical path
	 * @return the wrapper
	 */
	static String infer(String method, String canonicalPath) {
		String[] nodes = canonicalPath.split("/", -1);
		String last = nodes[nodes.length - 1];
		if (PathTrie.isParameter(last) && nodes.length > 2) {
			return singular(nodes[nodes.length - 2]);
		}
		return method.equals("POST") ? singular(last) : last;
	}

	private static String singular(String name) {
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		int end = name.length();
		while (end > 0 && name.charAt(end - 1) == 's') {
			end--;
		}
		return name.substring(0, end);
	}

	private static String key(String method, String canonicalPath) {
		return method.toUpperCase(Locale.ROOT) + " " + canonicalPath;
	}

	private static @Nullable String wrapper(String field) {
		return field.equals(NONE) ? null : field;
	}

}
