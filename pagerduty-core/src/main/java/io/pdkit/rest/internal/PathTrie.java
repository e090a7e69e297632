package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Canonical path patterns compiled into a trie of path segments: a segment in braces is a parameter that
 * matches any value. A request path is matched by one walk over its segments that follows the literal branch
 * and the parameter branch; among the patterns reached, those with the most literal segments win.
 */
final class PathTrie {

    private final Node root = new Node();

    PathTrie(List<String> patterns) {
        for (int index = 0; index < patterns.size(); index++) {
            add(patterns.get(index), index);
        }
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
     * @return the indexes of the best patterns (empty if none, more than one if ambiguous)
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
        if (node.literals != null) {
            Node literal = node.literals.get((end < 0) ? path.substring(start) : path.substring(start, end));
            if (literal != null) {
                search(literal, path, next, literals + 1, matches);
            }
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

    }

    /**
     * The best patterns found so far: the most literal segments, and every pattern that has as many.
     */
    static final class Matches {

        private int best = -1;

        private final List<Integer> indexes = new ArrayList<>(2);

        void offer(int index, int literals) {
            if (literals > this.best) {
                this.best = literals;
                this.indexes.clear();
            }
            if (literals == this.best) {
                this.indexes.add(index);
            }
        }

        List<Integer> indexes() {
            return this.indexes;
        }

    }

}
