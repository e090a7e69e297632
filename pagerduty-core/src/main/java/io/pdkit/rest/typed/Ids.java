package io.pdkit.rest.typed;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Checks the ids that typed services put into paths. */
final class Ids {

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

	private Ids() {
	}

	static String segment(@Nullable String id, String name) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		if (!SEGMENT.matcher(id).matches()) {
			throw new IllegalArgumentException(
					name + " must be a PagerDuty id (letters, digits, '.', '_', '~', '-'): " + id);
		}
		return id;
	}

	static List<String> all(Collection<String> ids, String name) {
		Objects.requireNonNull(ids, name + " must not be null");
		if (ids.isEmpty()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return ids.stream().map(id -> segment(id, name)).toList();
	}

}
