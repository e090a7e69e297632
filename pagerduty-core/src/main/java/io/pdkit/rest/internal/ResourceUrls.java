package io.pdkit.rest.internal;

import io.pdkit.core.PagerDutyUrlException;
import tools.jackson.databind.JsonNode;

/**
 * Turns the URL argument of a REST method into a URL: a string as it is, or the
 * {@code self} of a resource.
 */
public final class ResourceUrls {

	private ResourceUrls() {
	}

	/**
	 * Returns the URL of a path, URL or resource.
	 * @param urlOrResource a {@link CharSequence} or a {@link JsonNode} object with a
	 * {@code self} string
	 * @param methodName the calling method, named in messages
	 * @return the URL
	 * @throws PagerDutyUrlException if the argument is neither
	 */
	public static String urlOf(Object urlOrResource, String methodName) {
		if (urlOrResource instanceof CharSequence text) {
			return text.toString();
		}
		if (urlOrResource instanceof JsonNode node && node.isObject()) {
			JsonNode self = node.get("self");
			if (self == null || !self.isString() || self.stringValue().isBlank()) {
				throw new PagerDutyUrlException("The JSON object passed to " + methodName
						+ " in place of a URL has no 'self' key, so its URL cannot be determined.");
			}
			return self.stringValue();
		}
		throw new PagerDutyUrlException(
				"Value passed to " + methodName + " is not a String or a JSON object with key 'self'");
	}

}
