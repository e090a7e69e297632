package io.pdkit.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for the parts of request URIs.
 */
public final class UriEncoding {

	private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

	private static final boolean[] COMPONENT = allowed("");

	private static final boolean[] PATH = allowed("!$&'()*+,;=:@/%");

	private static final boolean[] QUERY = allowed("!$&'()*+,;=:@/?%");

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UriEncoding() {
	}

	/**
	 * Encodes one query key or value: everything but the unreserved characters is
	 * percent-encoded.
	 * @param text the text
	 * @return the encoded text
	 */
	public static String encodeComponent(String text) {
		return encode(text, 0, text.length(), COMPONENT);
	}

	/**
	 * Encodes a path, keeping characters that are legal in a path and existing percent
	 * escapes.
	 * @param path the path
	 * @return the encoded path
	 */
	public static String encodePath(String path) {
		return encode(path, 0, path.length(), PATH);
	}

	/**
	 * Encodes part of a text as a path, keeping characters that are legal in a path and
	 * existing percent escapes.
	 * @param text the text
	 * @param from the index of the first character of the path
	 * @param to the index after its last character
	 * @return the encoded path
	 */
	public static String encodePath(String text, int from, int to) {
		return encode(text, from, to, PATH);
	}

	/**
	 * Encodes a raw query string, keeping characters that are legal in a query and
	 * existing escapes.
	 * @param query the query string without {@code ?}
	 * @return the encoded query
	 */
	public static String encodeQuery(String query) {
		return encode(query, 0, query.length(), QUERY);
	}

	private static String encode(String text, int from, int to, boolean[] allowed) {
		int first = from;
		while (first < to && isAllowed(text.charAt(first), allowed)) {
			first++;
		}
		if (first == to) {
			return text.substring(from, to);
		}
		StringBuilder out = new StringBuilder(to - from + 16);
		out.append(text, from, first);
		for (byte b : text.substring(first, to).getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if (isAllowed(c, allowed)) {
				out.append(c);
			}
			else {
				out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
			}
		}
		return out.toString();
	}

	private static boolean isAllowed(char c, boolean[] allowed) {
		return c < 128 && allowed[c];
	}

	private static boolean[] allowed(String extra) {
		boolean[] table = new boolean[128];
		for (char c : (UNRESERVED + extra).toCharArray()) {
			table[c] = true;
		}
		return table;
	}

}
