package io.pdkit.rest.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.EndpointIndex;
import org.jspecify.annotations.Nullable;

/**
 * Matches request paths to canonical path patterns such as
 * {@code /users/{id}/contact_methods}. A path equal to a pattern wins; otherwise the
 * matching pattern with the most literal nodes wins, and a tie is ambiguous. The patterns
 * are compiled once into a segment trie, so a match costs one walk over the path's
 * segments.
 */
public final class CanonicalPaths {

	private final List<String> patterns;

	private final Map<String, Integer> exact;

	private final PathTrie trie;

	/**
	 * Creates the matcher.
	 * @param patterns the canonical paths
	 */
	public CanonicalPaths(Collection<String> patterns) {
		this.patterns = List.copyOf(patterns);
		this.exact = new HashMap<>();
		for (int index = this.patterns.size() - 1; index >= 0; index--) {
			this.exact.put(this.patterns.get(index), index);
		}
		this.trie = new PathTrie(this.patterns);
	}

	/**
	 * Returns whether a canonical path is known.
	 * @param canonicalPath the pattern
	 * @return {@code true} if it is one of the patterns
	 */
	public boolean contains(String canonicalPath) {
		return this.exact.containsKey(canonicalPath);
	}

	/**
	 * Returns the canonical path of a request path.
	 * @param path the path below the base URL, for example {@code /users/PABC123},
	 * without query
	 * @param displayUrl the URL to name in messages
	 * @return the canonical path
	 * @throws PagerDutyUrlException if no pattern matches or the match is ambiguous
	 */
	public String match(String path, String displayUrl) {
		String exactMatch = exactMatch(path);
		if (exactMatch != null) {
			return exactMatch;
		}
		List<Integer> best = this.trie.match(path).indexes();
		if (best.isEmpty()) {
			throw new PagerDutyUrlException(
					"URL " + displayUrl + " does not match any canonical API path supported by this client.");
		}
		if (best.size() > 1) {
			throw new PagerDutyUrlException(
					"URL " + displayUrl + " matches more than one canonical path pattern " + "equally well: "
							+ best.stream().map(this.patterns::get).sorted().collect(Collectors.joining(", ")));
		}
		return this.patterns.get(best.get(0));
	}

	/**
	 * Returns the canonical path of a request path, or {@code null} if none matches or
	 * the match is ambiguous.
	 * @param path the path below the base URL
	 * @return the canonical path or {@code null}
	 */
	public @Nullable String matchOrNull(String path) {
		String exactMatch = exactMatch(path);
		if (exactMatch != null) {
			return exactMatch;
		}
		int best = this.trie.match(path).unique();
		return (best >= 0) ? this.patterns.get(best) : null;
	}

	/**
	 * Returns an endpoint index over these paths, for APIs without entity wrappers.
	 * @return the index
	 */
	public EndpointIndex unwrappedEndpoints() {
		return (method, relativePath) -> {
			String canonical = matchOrNull(relativePath);
			return (canonical != null) ? Endpoint.unwrapped(method, canonical) : null;
		};
	}

	private @Nullable String exactMatch(String path) {
		Integer index = this.exact.get(path);
		return (index != null) ? this.patterns.get(index) : null;
	}

	/**
	 * Returns the patterns, in their original order.
	 * @return the patterns
	 */
	public List<String> values() {
		return this.patterns;
	}

}
