package io.pdkit.integrations.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.pdkit.core.PagerDutyException;

/**
 * The operations (method and canonical path) an integration API documents or
 * python-pagerduty permits, from {@code operations.txt}: a client refuses any other
 * method on a known path before sending.
 */
public final class PermittedOperations {

	private final Map<String, Set<String>> methodsByPath;

	private PermittedOperations(Map<String, Set<String>> methodsByPath) {
		this.methodsByPath = methodsByPath;
	}

	/**
	 * Parses the lines of {@code operations.txt}: method, tab, canonical path.
	 * @param lines the data lines
	 * @return the operations
	 */
	public static PermittedOperations parse(List<String> lines) {
		Map<String, Set<String>> methods = new LinkedHashMap<>();
		for (String line : lines) {
			String[] fields = line.split("\t", -1);
			if (fields.length != 2) {
				throw new IllegalStateException("Malformed operations.txt line: " + line);
			}
			methods.computeIfAbsent(fields[1], path -> new LinkedHashSet<>()).add(fields[0]);
		}
		methods.replaceAll((path, set) -> Set.copyOf(set));
		return new PermittedOperations(Map.copyOf(methods));
	}

	/**
	 * Refuses a method the data does not list for a canonical path; paths the data does
	 * not know are left to the client's other checks.
	 * @param method the method, any case
	 * @param canonicalPath the canonical path
	 * @throws PagerDutyException naming the method, the path and the permitted methods
	 */
	public void require(String method, String canonicalPath) {
		Set<String> permitted = this.methodsByPath.get(canonicalPath);
		String upper = method.trim().toUpperCase(Locale.ROOT);
		if (permitted != null && !permitted.contains(upper)) {
			throw new PagerDutyException(
					"Method " + upper + " not supported on " + canonicalPath + " by this API. Permitted methods: "
							+ String.join(", ",
									permitted.stream()
										.sorted(java.util.Comparator.comparingInt(PermittedOperations::rank))
										.toList()));
		}
	}

	private static int rank(String method) {
		int index = List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(method);
		return (index >= 0) ? index : Integer.MAX_VALUE;
	}

}
