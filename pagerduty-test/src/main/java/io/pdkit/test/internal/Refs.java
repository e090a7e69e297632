package io.pdkit.test.internal;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders resources and their references the way PagerDuty does. */
public final class Refs {

	private Refs() {
	}

	/**
	 * Starts a resource with PagerDuty's common fields.
	 * @param type the resource type, e.g. {@code user}
	 */
	public static ObjectNode resource(String id, String type, String summary, String self, @Nullable String htmlUrl) {
		ObjectNode node = Json.object();
		node.put("id", id);
		node.put("type", type);
		node.put("summary", summary);
		node.put("self", self);
		if (htmlUrl != null) {
			node.put("html_url", htmlUrl);
		}
		return node;
	}

	/**
	 * The reference to a resource: its id, summary, self and html_url, type suffixed
	 * {@code _reference}.
	 */
	public static ObjectNode reference(JsonNode resource) {
		ObjectNode ref = Json.object();
		ref.put("id", resource.path("id").asString());
		ref.put("type", resource.path("type").asString() + "_reference");
		ref.set("summary", resource.path("summary"));
		ref.set("self", resource.path("self"));
		if (resource.path("html_url").isString()) {
			ref.set("html_url", resource.path("html_url"));
		}
		return ref;
	}

}
