package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.pdkit.core.PagerDutyUrlException;
import org.jspecify.annotations.Nullable;

/**
 * Matches request paths to canonical path patterns such as {@code /users/{id}/contact_methods}. A path equal
 * to a pattern wins; otherwise the matching pattern with the most literal nodes wins, and a tie is ambiguous.
 */
public final class CanonicalPaths {

    private final List<PathPattern> patterns;

    private final Set<String> values;

    /**
     * Creates the matcher.
     * @param patterns the canonical paths
     */
    public CanonicalPaths(Collection<String> patterns) {
        this.patterns = patterns.stream().map(PathPattern::new).toList();
        this.values = Set.copyOf(patterns);
    }

    /**
     * Returns whether a canonical path is known.
     * @param canonicalPath the pattern
     * @return {@code true} if it is one of the patterns
     */
    public boolean contains(String canonicalPath) {
        return this.values.contains(canonicalPath);
    }

    /**
     * Returns the canonical path of a request path.
     * @param path the path below the base URL, for example {@code /users/PABC123}, without query
     * @param displayUrl the URL to name in messages
     * @return the canonical path
     * @throws PagerDutyUrlException if no pattern matches or the match is ambiguous
     */
    public String match(String path, String displayUrl) {
        List<PathPattern> found = new ArrayList<>();
        for (PathPattern pattern : this.patterns) {
            if (pattern.value().equals(path)) {
                return pattern.value();
            }
            if (pattern.matches(path)) {
                found.add(pattern);
            }
        }
        if (found.isEmpty()) {
            throw new PagerDutyUrlException("URL " + displayUrl
                    + " does not match any canonical API path supported by this client.");
        }
        int best = found.stream().mapToInt(PathPattern::literalCount).max().orElseThrow();
        List<PathPattern> top = found.stream().filter(pattern -> pattern.literalCount() == best).toList();
        if (top.size() > 1) {
            throw new PagerDutyUrlException("URL " + displayUrl + " matches more than one canonical path pattern "
                    + "equally well: " + top.stream().map(PathPattern::value).sorted().collect(Collectors.joining(", ")));
        }
        return top.get(0).value();
    }

    /**
     * Returns the canonical path of a request path, or {@code null} if there is none.
     * @param path the path below the base URL
     * @return the canonical path or {@code null}
     */
    public @Nullable String matchOrNull(String path) {
        try {
            return match(path, path);
        }
        catch (PagerDutyUrlException ex) {
            return null;
        }
    }

    /**
     * Returns the patterns, in their original order.
     * @return the patterns
     */
    public List<String> values() {
        return this.patterns.stream().map(PathPattern::value).toList();
    }

}
