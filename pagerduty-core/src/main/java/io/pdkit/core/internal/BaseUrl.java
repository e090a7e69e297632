package io.pdkit.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.pdkit.core.PagerDutyUrlException;
import org.jspecify.annotations.Nullable;

/**
 * A validated API base URL and the secure resolution of request URLs against it. A
 * request URL is either a path, joined to the base URL, or an absolute URL that must be
 * under the base URL: same scheme, host and port, and a path that starts with the base
 * path at a segment boundary. A look-alike host such as
 * {@code https://api.pagerduty.com.evil.example} is never accepted, nor is any scheme but
 * {@code http} and {@code https} ({@code javascript:}, {@code file:}, {@code mailto:}). A
 * refused URL is quoted with its query values masked.
 */
public final class BaseUrl {

	private final URI uri;

	private final String value;

	private final String path;

	private BaseUrl(URI uri, String value, String path) {
		this.uri = uri;
		this.value = value;
		this.path = path;
	}

	/**
	 * Parses and validates a base URL: {@code https://}, or {@code http://} for a
	 * loopback host only; no user information, query or fragment. A trailing slash is
	 * dropped.
	 * @param baseUrl the base URL
	 * @return the base URL
	 * @throws IllegalArgumentException naming {@code baseUrl} if it is not acceptable
	 */
	public static BaseUrl parse(String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new IllegalArgumentException("baseUrl must not be null or blank");
		}
		URI uri;
		try {
			uri = new URI(baseUrl.trim());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"baseUrl '" + ErrorMessages.refusedUrl(baseUrl) + "' is not a valid URL: " + ex.getReason());
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new IllegalArgumentException(
					"baseUrl '" + ErrorMessages.refusedUrl(baseUrl) + "' must be an absolute https:// URL");
		}
		if (scheme.equals("http") && !isLoopback(uri.getHost())) {
			throw new IllegalArgumentException("baseUrl '" + ErrorMessages.refusedUrl(baseUrl)
					+ "' must use https://; http:// is allowed only for loopback hosts (localhost, 127.0.0.0/8, [::1])");
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("baseUrl must not contain user information, a query or a fragment");
		}
		String path = stripTrailingSlashes((uri.getRawPath() != null) ? uri.getRawPath() : "");
		if (hasDotSegment(path)) {
			throw new IllegalArgumentException("baseUrl must not contain '.' or '..' path segments");
		}
		String authority = uri.getRawAuthority();
		String value = scheme + "://" + authority + path;
		return new BaseUrl(URI.create(value), value, path);
	}

	/**
	 * Returns whether a host is a loopback host: {@code localhost}, an address in
	 * {@code 127.0.0.0/8} or {@code [::1]}.
	 * @param host the host as in a URI
	 * @return {@code true} for loopback hosts
	 */
	public static boolean isLoopback(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
			return true;
		}
		return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
	}

	/**
	 * Returns the base URL without a trailing slash.
	 * @return the base URL
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Resolves a request URL: a path ({@code users}, {@code /users},
	 * {@code users?limit=1}) is joined to the base URL; an absolute URL must be under the
	 * base URL.
	 * @param url the path or URL
	 * @return the absolute, encoded request URI
	 * @throws PagerDutyUrlException if the URL is not acceptable
	 */
	public URI resolve(String url) {
		if (url == null || url.isBlank()) {
			throw new PagerDutyUrlException("url must not be null or blank");
		}
		String scheme = scheme(url);
		if (scheme != null) {
			if (!isHttp(scheme)) {
				throw new PagerDutyUrlException("url has the scheme '" + scheme + "'; only a path or an http:// "
						+ "or https:// URL under the API base URL " + this.value + " is accepted");
			}
			return resolveAbsolute(url);
		}
		int start = 0;
		while (start < url.length() && url.charAt(start) == '/') {
			start++;
		}
		if (url.indexOf('#', start) >= 0) {
			throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " must not contain a fragment");
		}
		int query = url.indexOf('?', start);
		String encodedPath = UriEncoding.encodePath(url, start, (query >= 0) ? query : url.length());
		if (hasDotSegment(encodedPath)) {
			throw new PagerDutyUrlException(
					"URL " + ErrorMessages.refusedUrl(url) + " must not contain '.' or '..' path segments");
		}
		String joined = (query >= 0)
				? this.value + "/" + encodedPath + "?" + UriEncoding.encodeQuery(url.substring(query + 1))
				: this.value + "/" + encodedPath;
		try {
			return new URI(joined);
		}
		catch (URISyntaxException ex) {
			throw new PagerDutyUrlException(
					"URL " + ErrorMessages.refusedUrl(url) + " is not a valid path: " + ex.getReason());
		}
	}

	/**
	 * Returns the scheme a URL starts with, after any white space: letters, digits,
	 * {@code +}, {@code .} and {@code -} after a leading letter, followed by {@code :}.
	 */
	private static @Nullable String scheme(String url) {
		int start = 0;
		while (start < url.length() && isSpace(url.charAt(start))) {
			start++;
		}
		if (start == url.length() || !isAsciiLetter(url.charAt(start))) {
			return null;
		}
		int end = start + 1;
		while (end < url.length() && isSchemeChar(url.charAt(end))) {
			end++;
		}
		return (end < url.length() && url.charAt(end) == ':') ? url.substring(start, end) : null;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static boolean isSchemeChar(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
	}

	/**
	 * Returns the path of a request URI below the base path, starting with {@code /},
	 * without query.
	 * @param requestUri a URI returned by {@link #resolve(String)}
	 * @return the relative path, for example {@code /users/PABC}
	 */
	public String relativePath(URI requestUri) {
		String raw = (requestUri.getRawPath() != null) ? requestUri.getRawPath() : "";
		String rest = raw.substring(Math.min(this.path.length(), raw.length()));
		return rest.isEmpty() ? "/" : rest;
	}

	private URI resolveAbsolute(String url) {
		URI candidate;
		try {
			candidate = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new PagerDutyUrlException(
					"URL " + ErrorMessages.refusedUrl(url) + " is not a valid URL: " + ex.getReason());
		}
		if (!isUnderBase(candidate)) {
			throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " is not under the API base URL "
					+ this.value + "; requests never leave the base URL.");
		}
		if (candidate.getRawFragment() != null) {
			throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " must not contain a fragment");
		}
		return candidate;
	}

	private boolean isUnderBase(URI candidate) {
		if (candidate.getScheme() == null || candidate.getHost() == null || candidate.getRawUserInfo() != null) {
			return false;
		}
		if (!candidate.getScheme().equalsIgnoreCase(this.uri.getScheme())
				|| !candidate.getHost().equalsIgnoreCase(this.uri.getHost())
				|| effectivePort(candidate) != effectivePort(this.uri)) {
			return false;
		}
		String candidatePath = (candidate.getRawPath() != null) ? candidate.getRawPath() : "";
		if (hasDotSegment(candidatePath)) {
			return false;
		}
		return this.path.isEmpty() || candidatePath.equals(this.path) || candidatePath.startsWith(this.path + "/");
	}

	private static boolean isHttp(String scheme) {
		return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
	}

	private static int effectivePort(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
	}

	private static boolean hasDotSegment(String path) {
		int start = 0;
		for (;;) {
			int end = path.indexOf('/', start);
			if (end < 0) {
				return isDotSegment(path, start, path.length());
			}
			if (isDotSegment(path, start, end)) {
				return true;
			}
			start = end + 1;
		}
	}

	/**
	 * Returns whether a segment is {@code .} or {@code ..}, each dot written as
	 * {@code .}, {@code %2E} or {@code %2e}.
	 */
	private static boolean isDotSegment(String path, int from, int to) {
		int dots = 0;
		int i = from;
		while (i < to) {
			if (path.charAt(i) == '.') {
				i++;
			}
			else if (i + 3 <= to && path.charAt(i) == '%' && path.charAt(i + 1) == '2'
					&& (path.charAt(i + 2) == 'E' || path.charAt(i + 2) == 'e')) {
				i += 3;
			}
			else {
				return false;
			}
			if (++dots > 2) {
				return false;
			}
		}
		return dots > 0;
	}

	private static String stripTrailingSlashes(String path) {
		String result = path;
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
