package io.pdkit.events;

import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.events.internal.EventChecks;
import org.jspecify.annotations.Nullable;

/**
 * A link shown on an alert, its incident or a change event.
 *
 * <pre>{@code
 * Link runbook = new Link("https://wiki.example.com/runbooks/disk", "Runbook");
 * Link build = Link.of("https://ci.example.com/builds/220");
 * }</pre>
 *
 * @param href the URL (required)
 * @param text the text shown instead of the URL, or {@code null}
 */
public record Link(String href, @Nullable String text) {

	/**
	 * Validates the link.
	 * @param href the URL
	 * @param text the text shown instead of the URL, or {@code null}
	 * @throws IllegalArgumentException naming {@code href} if it is null or blank
	 */
	public Link {
		EventChecks.requireText(href, "link href");
	}

	/**
	 * Returns a link without text.
	 * @param href the URL
	 * @return the link
	 */
	public static Link of(String href) {
		return new Link(href, null);
	}

	Map<String, String> toWire() {
		Map<String, String> wire = new LinkedHashMap<>();
		wire.put("href", this.href);
		if (this.text != null) {
			wire.put("text", this.text);
		}
		return wire;
	}

}
