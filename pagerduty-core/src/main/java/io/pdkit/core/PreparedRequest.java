package io.pdkit.core;

import java.net.URI;
import java.util.Map;

import io.pdkit.core.internal.EncodedJson;
import io.pdkit.core.internal.ResolvedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One request, ready to send: everything but the credential, which is applied on every
 * attempt. A JSON body is serialised once per call.
 */
record PreparedRequest(ResolvedRequest resolved, URI uri, RequestHeaders headers, @Nullable EncodedJson jsonBody,
		@Nullable Map<String, String> form) {

	String method() {
		return this.resolved.method();
	}

	@Nullable String endpoint() {
		return this.resolved.canonicalPath();
	}

	boolean sendsBodyParameters() {
		String method = method();
		return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
	}

}
