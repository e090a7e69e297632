package io.pdkit.test.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which {@code Authorization} headers the REST API accepts: {@code Token token=<key>} or {@code Bearer <token>},
 * either with any non-empty credential or only with the configured ones.
 */
public record Credentials(boolean acceptAny, Set<String> accepted) {

    /** Copies the accepted set. */
    public Credentials {
        accepted = Set.copyOf(accepted);
    }

    /** Whether this {@code Authorization} header value authenticates a REST request. */
    public boolean accepts(@Nullable String authorization) {
        String credential = credential(authorization);
        return credential != null && !credential.isBlank() && (acceptAny || accepted.contains(credential));
    }

    static @Nullable String credential(@Nullable String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Token ", 0, 6)) {
            String rest = value.substring(6).trim();
            if (rest.regionMatches(true, 0, "token=", 0, 6)) {
                return unquote(rest.substring(6).trim());
            }
            return null;
        }
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return value.substring(7).trim();
        }
        return null;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
