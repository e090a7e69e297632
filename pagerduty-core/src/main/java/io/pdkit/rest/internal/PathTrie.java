package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Canonical path patterns compiled into a trie of path segments: a segment in braces is a
 * parameter that matches any value. A request path is matched by one walk over its
 * segments that follows the literal branch and the parameter branch; among the patterns
 * reached, those with the most literal segments win. The walk looks segments up in place,
 * without cutting the path into strings.
 */
final class PathTrie {

	private final Node root = new Node();

	PathTrie(List<String> patterns) {
		for (int index = 0; index < patterns.size(); index++) {
			add(patterns.get(index), index);
		}
		this.root.compile();
	}

	private void add(String pattern, int index) {
		Node node = this.root;
		int start = pattern.indexOf('/');
		while (start >= 0) {
			int end = pattern.indexOf('/', start + 1);
			String segment = (end < 0) ? pattern.substring(start + 1) : pattern.substring(start + 1, end);
			node = isParameter(segment) ? node.parameter() : node.literal(segment);
			start = end;
		}
		node.terminals.add(index);
	}

	/**
	 * Finds the patterns with the most literal segments that match a path.
	 * @param path the request path, for example {@code /users/PABC}
	 * @return the indexes of the best patterns (empty if none, more than one if
	 * ambiguous)
	 */
	Matches match(String path) {
		Matches matches = new Matches();
		int slash = path.indexOf('/');
		search(this.root, path, (slash < 0) ? -1 : slash + 1, 0, matches);
		return matches;
	}

	private static void search(Node node, String path, int start, int literals, Matches matches) {
		if (start < 0) {
			for (int i = 0; i < node.terminals.size(); i++) {
				matches.offer(node.terminals.get(i), literals);
			}
			return;
		}
		int end = path.indexOf('/', start);
		int next = (end < 0) ? -1 : end + 1;
		Node literal = node.find(path, start, (end < 0) ? path.length() : end);
		if (literal != null) {
			search(literal, path, next, literals + 1, matches);
		}
		if (node.parameter != null) {
			search(node.parameter, path, next, literals, matches);
		}
	}

	static boolean isParameter(String segment) {
		return segment.startsWith("{") && segment.endsWith("}");
	}

	private static final class Node {

		private @Nullable Map<String, Node> literals;

		private String[] keys = new String[0];

		private Node[] children = new Node[0];

		private @Nullable Node parameter;

		private final List<Integer> terminals = new ArrayList<>(1);

		Node literal(String segment) {
			if (this.literals == null) {
				this.literals = new HashMap<>();
			}
			return this.literals.computeIfAbsent(segment, key -> new Node());
		}

		Node parameter() {
			if (this.parameter == null) {
				this.parameter = new Node();
			}
			return this.parameter;
		}

		/**
		 * Moves the literal children into an open-addressing table keyed by the segments'
		 * hash codes.
		 */
		void compile() {
			if (this.literals != null) {
				int capacity = Integer.highestOneBit(Math.max(1, this.literals.size()) * 2) * 2;
				this.keys = new String[capacity];
				this.children = new Node[capacity];
				this.literals.forEach((segment, child) -> {
					int slot = segment.hashCode() & (capacity - 1);
					while (this.keys[slot] != null) {
						slot = (slot + 1) & (capacity - 1);
					}
					this.keys[slot] = segment;
					this.children[slot] = child;
					child.compile();
				});
				this.literals = null;
			}
			if (this.parameter != null) {
				this.parameter.compile();
			}
		}

		/**
		 * Returns the literal child named by {@code path[from, to)}, or {@code null}.
		 */
		@Nullable Node find(String path, int from, int to) {
			if (this.keys.length == 0) {
				return null;
			}
			int hash = 0;
			for (int i = from; i < to; i++) {
				hash = 31 * hash + path.charAt(i);
			}
			int length = to - from;
			int mask = this.keys.length - 1;
			for (int slot = hash & mask;; slot = (slot + 1) & mask) {
				String key = this.keys[slot];
				if (key == null) {
					return null;
				}
				if (key.length() == length && key.regionMatches(0, path, from, length)) {
					return this.children[slot];
				}
			}
		}

	}

	/**
	 * The best patterns found so far: the most literal segments, and every pattern that
	 * has as many.
	 */
	static final class Matches {

		private int best = -1;

		private int first = -1;

		private @Nullable List<Integer> more;

		void offer(int index, int literals) {
			if (literals > this.best) {
				this.best = literals;
				this.first = index;
				this.more = null;
			}
			else if (literals == this.best) {
				if (this.more == null) {
					this.more = new ArrayList<>(2);
					this.more.add(this.first);
				}
				this.more.add(index);
			}
		}

		/**
		 * Returns the single best pattern.
		 * @return its index, or -1 if no pattern matched or several matched equally well
		 */
		int unique() {
			return (this.more == null) ? this.first : -1;
		}

		List<Integer> indexes() {
			if (this.more != null) {
				return this.more;
			}
			return (this.first >= 0) ? List.of(this.first) : List.of();
		}

	}

}
