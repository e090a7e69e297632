package io.pdkit.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pdkit.core.PagerDutyUrlException;

/**
 * A validated API base URL and the secure resolution of request URLs against it. A request URL is either a
 * path, joined to the base URL, or an absolute URL that must be under the base URL: same scheme, host and
 * port, and a path that starts with the base path at a segment boundary. A look-alike host such as
 * {@code https://api.pagerduty.com.evil.example} is never accepted, nor is any scheme but {@code http} and
 * {@code https} ({@code javascript:}, {@code file:}, {@code mailto:}). A refused URL is quoted with its query
 * values masked.
 */
public final class BaseUrl {

    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*):");

    private final URI uri;

    private final String value;

    private final String path;

    private BaseUrl(URI uri, String value, String path) {
        this.uri = uri;
        this.value = value;
        this.path = path;
    }

    /**
     * Parses and validates a base URL: {@code https://}, or {@code http://} for a loopback host only; no
     * user information, query or fragment. A trailing slash is dropped.
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
            throw new IllegalArgumentException("baseUrl '" + ErrorMessages.refusedUrl(baseUrl) + "' is not a valid URL: " + ex.getReason());
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl '" + ErrorMessages.refusedUrl(baseUrl)
                    + "' must be an absolute https:// URL");
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
     * Returns whether a host is a loopback host: {@code localhost}, an address in {@code 127.0.0.0/8} or
     * {@code [::1]}.
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
     * Resolves a request URL: a path ({@code users}, {@code /users}, {@code users?limit=1}) is joined to the
     * base URL; an absolute URL must be under the base URL.
     * @param url the path or URL
     * @return the absolute, encoded request URI
     * @throws PagerDutyUrlException if the URL is not acceptable
     */
    public URI resolve(String url) {
        if (url == null || url.isBlank()) {
            throw new PagerDutyUrlException("url must not be null or blank");
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find() && !isHttp(scheme.group(1))) {
            throw new PagerDutyUrlException("url has the scheme '" + scheme.group(1) + "'; only a path or an http:// "
                    + "or https:// URL under the API base URL " + this.value + " is accepted");
        }
        if (ABSOLUTE.matcher(url).matches() || scheme.find(0)) {
            return resolveAbsolute(url);
        }
        String relative = url;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        int fragment = relative.indexOf('#');
        if (fragment >= 0) {
            throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " must not contain a fragment");
        }
        int query = relative.indexOf('?');
        String pathPart = (query >= 0) ? relative.substring(0, query) : relative;
        String queryPart = (query >= 0) ? relative.substring(query + 1) : null;
        String encodedPath = UriEncoding.encodePath(pathPart);
        if (hasDotSegment("/" + encodedPath)) {
            throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " must not contain '.' or '..' path segments");
        }
        String joined = this.value + "/" + encodedPath
                + ((queryPart != null) ? "?" + UriEncoding.encodeQuery(queryPart) : "");
        try {
            return new URI(joined);
        }
        catch (URISyntaxException ex) {
            throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " is not a valid path: " + ex.getReason());
        }
    }

    /**
     * Returns the path of a request URI below the base path, starting with {@code /}, without query.
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
            throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url) + " is not a valid URL: " + ex.getReason());
        }
        if (!isUnderBase(candidate)) {
            throw new PagerDutyUrlException("URL " + ErrorMessages.refusedUrl(url)
                    + " is not under the API base URL " + this.value + "; requests never leave the base URL.");
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
        for (String segment : path.split("/", -1)) {
            String decoded = segment.replace("%2E", ".").replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
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
