package io.pdkit.core;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

/**
 * One request, ready to send: everything but the credential, which is applied on every attempt.
 */
record PreparedRequest(String method, URI uri, @Nullable String endpoint, @Nullable String uriTemplate,
        HttpHeaders headers, @Nullable JsonNode jsonBody, @Nullable Map<String, String> form) {

    boolean sendsBodyParameters() {
        return this.method.equals("POST") || this.method.equals("PUT") || this.method.equals("PATCH");
    }

}
