package io.pdkit.events;

import java.util.LinkedHashMap;
import java.util.Map;

import io.pdkit.events.internal.EventChecks;
import org.jspecify.annotations.Nullable;

/**
 * An image shown on the alert and its incident. PagerDuty displays only images served
 * over HTTPS.
 *
 * <pre>{@code
 * Image chart = new Image("https://charts.example.com/cpu.png", "https://charts.example.com", "CPU load");
 * Image plain = Image.of("https://charts.example.com/cpu.png");
 * }</pre>
 *
 * @param src the image URL (required)
 * @param href where a click on the image leads, or {@code null}
 * @param alt the alternative text, or {@code null}
 */
public record Image(String src, @Nullable String href, @Nullable String alt) {

	/**
	 * Validates the image.
	 * @param src the image URL
	 * @param href where a click on the image leads, or {@code null}
	 * @param alt the alternative text, or {@code null}
	 * @throws IllegalArgumentException naming {@code src} if it is null or blank
	 */
	public Image {
		EventChecks.requireText(src, "image src");
	}

	/**
	 * Returns an image without a link or alternative text.
	 * @param src the image URL
	 * @return the image
	 */
	public static Image of(String src) {
		return new Image(src, null, null);
	}

	Map<String, String> toWire() {
		Map<String, String> wire = new LinkedHashMap<>();
		wire.put("src", this.src);
		if (this.href != null) {
			wire.put("href", this.href);
		}
		if (this.alt != null) {
			wire.put("alt", this.alt);
		}
		return wire;
	}

}
