package io.pdkit.test.internal.spec;

import java.util.List;

/**
 * One path or query parameter of an operation, as the spec declares it.
 *
 * @param in {@code path} or {@code query}
 * @param type the JSON type of the value (or of each element when {@code array})
 * @param allowed the enum values, empty when any value of the type is allowed
 */
public record Parameter(String name, String in, boolean required, String type, boolean array, List<String> allowed) {

	/** Whether this is a path parameter. */
	public boolean inPath() {
		return "path".equals(in);
	}
}
