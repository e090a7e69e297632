package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The matcher CanonicalPaths used before it was compiled into a trie: every pattern is
 * split and compared with the path on every call. Kept in the tests as the reference the
 * trie must agree with.
 */
final class ScanningMatcher {

	private final List<String> patterns;

	ScanningMatcher(List<String> patterns) {
		this.patterns = patterns;
	}

	/**
	 * Returns the canonical path, or "none: ..." / "ambiguous: ..." as the old matcher
	 * would have raised.
	 */
	String answer(String path) {
		List<String> found = new ArrayList<>();
		for (String pattern : this.patterns) {
			if (pattern.equals(path)) {
				return pattern;
			}
			if (matches(pattern, path)) {
				found.add(pattern);
			}
		}
		if (found.isEmpty()) {
			return "none";
		}
		int best = found.stream().mapToInt(ScanningMatcher::literalCount).max().orElseThrow();
		List<String> top = found.stream().filter(pattern -> literalCount(pattern) == best).toList();
		if (top.size() > 1) {
			return "ambiguous: " + top.stream().sorted().collect(Collectors.joining(", "));
		}
		return top.get(0);
	}

	private static boolean matches(String pattern, String path) {
		String[] nodes = pattern.split("/", -1);
		String[] candidate = path.split("/", -1);
		if (candidate.length != nodes.length) {
			return false;
		}
		for (int i = 1; i < nodes.length; i++) {
			if (!isParameter(nodes[i]) && !nodes[i].equals(candidate[i])) {
				return false;
			}
		}
		return true;
	}

	private static int literalCount(String pattern) {
		String[] nodes = pattern.split("/", -1);
		int count = 0;
		for (int i = 1; i < nodes.length; i++) {
			if (!isParameter(nodes[i])) {
				count++;
			}
		}
		return count;
	}

	private static boolean isParameter(String node) {
		return node.startsWith("{") && node.endsWith("}");
	}

}
