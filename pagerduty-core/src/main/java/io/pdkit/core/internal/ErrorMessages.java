package io.pdkit.core.internal;

import java.net.URI;
import java.util.Collection;

import io.pdkit.core.ApiResponse;
import org.jspecify.annotations.Nullable;

/**
 * Builds the messages of pdkit's exceptions. Messages name the method, the URL, the status, an excerpt of at
 * most 100 characters of the body and the {@code x-request-id}; they never contain a secret.
 */
public final class ErrorMessages {

    /** The longest body excerpt shown in a message. */
    public static final int TEXT_LEN_LIMIT = 100;

    private ErrorMessages() {
    }

    /**
     * Shortens text to {@link #TEXT_LEN_LIMIT} characters: the first 99 followed by {@code ...}.
     * @param text the text
     * @return the excerpt
     */
    public static String truncate(String text) {
        return (text.length() > TEXT_LEN_LIMIT) ? text.substring(0, TEXT_LEN_LIMIT - 1) + "..." : text;
    }

    /**
     * Returns a URL for display (without any user information).
     * @param uri the URI
     * @return the text
     */
    public static String displayUrl(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        return uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }

    /**
     * The message for a response whose status the call cannot accept.
     * @param response the response
     * @param context what the client was doing, or {@code null}
     * @return the message
     */
    public static String httpError(ApiResponse response, @Nullable String context) {
        int status = response.status();
        String kind = (status >= 500) ? "server error" : (status >= 400) ? "client error" : "unknown error";
        return prefix(response) + ": API responded with " + kind + " (status " + status + ")" + inContext(context)
                + ": " + response.bodyExcerpt() + requestIdSuffix(response);
    }

    /**
     * The message for a 2xx response whose body is not what the call expects.
     * @param response the response
     * @param expectation what was expected
     * @return the message
     */
    public static String unexpectedBody(ApiResponse response, String expectation) {
        return prefix(response) + ": Success (status " + response.status() + ") but " + expectation + requestIdSuffix(response);
    }

    /**
     * The message for a body that is not valid JSON.
     * @param response the response
     * @return the message
     */
    public static String invalidJson(ApiResponse response) {
        return prefix(response) + ": API responded with invalid JSON (status " + response.status() + "): "
                + response.bodyExcerpt() + requestIdSuffix(response);
    }

    /**
     * The message for a 401.
     * @param response the response
     * @param maskedCredential the masked credential
     * @return the message
     */
    public static String unauthorized(ApiResponse response, String maskedCredential) {
        return prefix(response) + ": Received 401 Unauthorized response from the API. The API credential ("
                + maskedCredential + ") may be invalid or deactivated, or the client is configured for the wrong "
                + "service region (in which case setting the region or base URL accordingly may resolve the issue)."
                + requestIdSuffix(response);
    }

    /**
     * The message for a 3xx, which a client never follows.
     * @param response the response
     * @return the message
     */
    public static String redirect(ApiResponse response) {
        return "Received status " + response.status() + " in response to " + prefix(response)
                + ", but PagerDuty APIs are not expected to issue redirects." + requestIdSuffix(response);
    }

    /**
     * The message after the last network retry failed.
     * @param method the method
     * @param uri the URI
     * @param maxNetworkAttempts the configured retries
     * @return the message
     */
    public static String networkExhausted(String method, URI uri, int maxNetworkAttempts) {
        return method + " " + displayUrl(uri) + ": Non-transient network error; exceeded maximum number of attempts ("
                + maxNetworkAttempts + ") to connect to the API.";
    }

    /**
     * The message when the retry deadline is reached after a network failure.
     * @param method the method
     * @param uri the URI
     * @param maxElapsed the deadline, as text
     * @return the message
     */
    public static String networkDeadline(String method, URI uri, String maxElapsed) {
        return method + " " + displayUrl(uri) + ": Network error; the retry deadline (" + maxElapsed
                + ") does not leave time for another attempt.";
    }

    /**
     * The message for a method the API does not permit.
     * @param method the method
     * @param permitted the permitted methods
     * @return the message
     */
    public static String methodNotPermitted(String method, Collection<String> permitted) {
        return "Method " + method + " not supported by this API. Permitted methods: " + String.join(", ", permitted);
    }

    private static String prefix(ApiResponse response) {
        return response.method() + " " + displayUrl(response.uri());
    }

    private static String inContext(@Nullable String context) {
        return (context != null) ? " in " + context : "";
    }

    private static String requestIdSuffix(ApiResponse response) {
        return response.requestId().map(id -> " (x-request-id: " + id + ")").orElse("");
    }

}
