package io.pdkit.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for the parts of request URIs.
 */
public final class UriEncoding {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private static final String PATH_EXTRA = "!$&'()*+,;=:@/%";

    private static final String QUERY_EXTRA = "!$&'()*+,;=:@/?%";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /**
     * Encodes one query key or value: everything but the unreserved characters is percent-encoded.
     * @param text the text
     * @return the encoded text
     */
    public static String encodeComponent(String text) {
        return encode(text, "");
    }

    /**
     * Encodes a path, keeping characters that are legal in a path and existing percent escapes.
     * @param path the path
     * @return the encoded path
     */
    public static String encodePath(String path) {
        return encode(path, PATH_EXTRA);
    }

    /**
     * Encodes a raw query string, keeping characters that are legal in a query and existing escapes.
     * @param query the query string without {@code ?}
     * @return the encoded query
     */
    public static String encodeQuery(String query) {
        return encode(query, QUERY_EXTRA);
    }

    private static String encode(String text, String allowedExtra) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (UNRESERVED.indexOf(c) >= 0 || allowedExtra.indexOf(c) >= 0)) {
                out.append(c);
            }
            else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

}
