package io.pdkit.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.pdkit.events.internal.EventChecks;
import io.pdkit.events.internal.EventTimestamps;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A trigger event: opens an alert, or adds to the open alert with the same dedup key.
 * Immutable; the builder copies the caller's maps and lists and checks every field before
 * anything is sent.
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvent.builder("Disk 99% full on db01", "db01.example.com")
 *         .severity(Severity.ERROR)
 *         .dedupKey("db01/disk")
 *         .component("postgres")
 *         .customDetail("free", "1%")
 *         .link(new Link("https://wiki.example.com/runbooks/disk", "Runbook"))
 *         .build();
 * String dedupKey = events.trigger(event);
 * }</pre>
 */
public final class TriggerEvent {

	private final String summary;

	private final String source;

	private final Severity severity;

	private final @Nullable String dedupKey;

	private final @Nullable Instant timestamp;

	private final @Nullable String component;

	private final @Nullable String group;

	private final @Nullable String eventClass;

	private final Map<String, @Nullable Object> customDetails;

	private final List<Image> images;

	private final List<Link> links;

	private final @Nullable String client;

	private final @Nullable String clientUrl;

	private TriggerEvent(Builder builder) {
		this.summary = EventChecks.requireSummary(builder.summary, "summary");
		this.source = EventChecks.requireText(builder.source, "source");
		this.severity = builder.severity;
		this.dedupKey = EventChecks.checkDedupKey(builder.dedupKey, "dedupKey", null);
		this.timestamp = builder.timestamp;
		this.component = EventChecks.optionalText(builder.component, "component");
		this.group = EventChecks.optionalText(builder.group, "group");
		this.eventClass = EventChecks.optionalText(builder.eventClass, "eventClass");
		this.customDetails = EventChecks.copyDetails(builder.customDetails, "customDetails");
		this.images = EventChecks.copyList(builder.images, "images");
		this.links = EventChecks.copyList(builder.links, "links");
		this.client = EventChecks.optionalText(builder.client, "client");
		this.clientUrl = EventChecks.optionalText(builder.clientUrl, "clientUrl");
	}

	/**
	 * Starts a trigger event.
	 * @param summary what is wrong, at most 1,024 characters (required)
	 * @param source where it is wrong, preferably a host name (required)
	 * @return a builder
	 */
	public static Builder builder(String summary, String source) {
		return new Builder(summary, source);
	}

	/**
	 * Returns a builder holding this event's fields, to build a changed copy.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.summary, this.source);
		builder.severity = this.severity;
		builder.dedupKey = this.dedupKey;
		builder.timestamp = this.timestamp;
		builder.component = this.component;
		builder.group = this.group;
		builder.eventClass = this.eventClass;
		builder.customDetails.putAll(this.customDetails);
		builder.images.addAll(this.images);
		builder.links.addAll(this.links);
		builder.client = this.client;
		builder.clientUrl = this.clientUrl;
		return builder;
	}

	/**
	 * @return the summary
	 */
	public String summary() {
		return this.summary;
	}

	/**
	 * @return the source
	 */
	public String source() {
		return this.source;
	}

	/**
	 * @return the severity, {@link Severity#CRITICAL} unless set
	 */
	public Severity severity() {
		return this.severity;
	}

	/**
	 * @return the dedup key, or {@code null} to let PagerDuty generate one
	 */
	public @Nullable String dedupKey() {
		return this.dedupKey;
	}

	/**
	 * @return when the problem was detected, or {@code null} for PagerDuty's time of
	 * receipt
	 */
	public @Nullable Instant timestamp() {
		return this.timestamp;
	}

	/**
	 * @return the component of the source that is responsible, or {@code null}
	 */
	public @Nullable String component() {
		return this.component;
	}

	/**
	 * @return the logical group of components, or {@code null}
	 */
	public @Nullable String group() {
		return this.group;
	}

	/**
	 * @return the class or type of the event (JSON {@code class}), or {@code null}
	 */
	public @Nullable String eventClass() {
		return this.eventClass;
	}

	/**
	 * @return the custom details, unmodifiable, in insertion order
	 */
	public Map<String, @Nullable Object> customDetails() {
		return this.customDetails;
	}

	/**
	 * @return the images, unmodifiable
	 */
	public List<Image> images() {
		return this.images;
	}

	/**
	 * @return the links, unmodifiable
	 */
	public List<Link> links() {
		return this.links;
	}

	/**
	 * @return the name of the monitoring client that sends the event, or {@code null}
	 */
	public @Nullable String client() {
		return this.client;
	}

	/**
	 * @return the URL of the monitoring client, or {@code null}
	 */
	public @Nullable String clientUrl() {
		return this.clientUrl;
	}

	ObjectNode toWire(ObjectNode event, Function<Object, JsonNode> toJson) {
		ObjectNode payload = event.putObject("payload");
		payload.put("summary", this.summary);
		payload.put("source", this.source);
		payload.put("severity", this.severity.value());
		putIfPresent(payload, "timestamp", (this.timestamp != null) ? EventTimestamps.format(this.timestamp) : null);
		putIfPresent(payload, "component", this.component);
		putIfPresent(payload, "group", this.group);
		putIfPresent(payload, "class", this.eventClass);
		if (!this.customDetails.isEmpty()) {
			payload.set("custom_details", toJson.apply(this.customDetails));
		}
		if (!this.images.isEmpty()) {
			event.set("images", toJson.apply(this.images.stream().map(Image::toWire).toList()));
		}
		if (!this.links.isEmpty()) {
			event.set("links", toJson.apply(this.links.stream().map(Link::toWire).toList()));
		}
		putIfPresent(event, "client", this.client);
		putIfPresent(event, "client_url", this.clientUrl);
		return event;
	}

	static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
		if (value != null) {
			node.put(key, value);
		}
	}

	/**
	 * Shows the fields that identify the event; custom detail values are left out because
	 * they may hold sensitive data.
	 * @return the text
	 */
	@Override
	public String toString() {
		return "TriggerEvent[summary=" + this.summary + ", source=" + this.source + ", severity="
				+ this.severity.value() + ", dedupKey=" + this.dedupKey + ", customDetails="
				+ this.customDetails.keySet() + ", images=" + this.images.size() + ", links=" + this.links.size() + "]";
	}

	/**
	 * Builds a {@link TriggerEvent}. Not thread-safe.
	 */
	public static final class Builder {

		private @Nullable String summary;

		private @Nullable String source;

		private Severity severity = Severity.CRITICAL;

		private @Nullable String dedupKey;

		private @Nullable Instant timestamp;

		private @Nullable String component;

		private @Nullable String group;

		private @Nullable String eventClass;

		private final Map<String, @Nullable Object> customDetails = new LinkedHashMap<>();

		private final List<Image> images = new ArrayList<>();

		private final List<Link> links = new ArrayList<>();

		private @Nullable String client;

		private @Nullable String clientUrl;

		private Builder(@Nullable String summary, @Nullable String source) {
			this.summary = summary;
			this.source = source;
		}

		/**
		 * Replaces the summary.
		 * @param summary what is wrong, at most 1,024 characters
		 * @return this builder
		 */
		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * Replaces the source.
		 * @param source where it is wrong
		 * @return this builder
		 */
		public Builder source(String source) {
			this.source = source;
			return this;
		}

		/**
		 * Sets the severity (default {@link Severity#CRITICAL}).
		 * @param severity the severity
		 * @return this builder
		 */
		public Builder severity(Severity severity) {
			this.severity = Objects.requireNonNull(severity, "severity must not be null");
			return this;
		}

		/**
		 * Sets the dedup key that later acknowledge and resolve events name; at most 255
		 * characters.
		 * @param dedupKey the key, or {@code null} to let PagerDuty generate one
		 * @return this builder
		 */
		public Builder dedupKey(@Nullable String dedupKey) {
			this.dedupKey = dedupKey;
			return this;
		}

		/**
		 * Sets when the problem was detected (sent as ISO-8601 in UTC).
		 * @param timestamp the time, or {@code null} for PagerDuty's time of receipt
		 * @return this builder
		 */
		public Builder timestamp(@Nullable Instant timestamp) {
			this.timestamp = timestamp;
			return this;
		}

		/**
		 * Sets the component of the source that is responsible, for example
		 * {@code mysql}.
		 * @param component the component, or {@code null}
		 * @return this builder
		 */
		public Builder component(@Nullable String component) {
			this.component = component;
			return this;
		}

		/**
		 * Sets the logical group of components, for example {@code prod-datapipe}.
		 * @param group the group, or {@code null}
		 * @return this builder
		 */
		public Builder group(@Nullable String group) {
			this.group = group;
			return this;
		}

		/**
		 * Sets the class or type of the event, for example {@code disk} (JSON
		 * {@code class}).
		 * @param eventClass the class, or {@code null}
		 * @return this builder
		 */
		public Builder eventClass(@Nullable String eventClass) {
			this.eventClass = eventClass;
			return this;
		}

		/**
		 * Replaces the custom details; the map is copied, never changed.
		 * @param customDetails details of any JSON-serialisable values
		 * @return this builder
		 */
		public Builder customDetails(Map<String, ? extends @Nullable Object> customDetails) {
			Map<String, @Nullable Object> copy = EventChecks.copyDetails(customDetails, "customDetails");
			this.customDetails.clear();
			this.customDetails.putAll(copy);
			return this;
		}

		/**
		 * Adds one custom detail.
		 * @param key the key
		 * @param value any JSON-serialisable value, or {@code null}
		 * @return this builder
		 */
		public Builder customDetail(String key, @Nullable Object value) {
			this.customDetails.put(EventChecks.requireText(key, "customDetail key"), value);
			return this;
		}

		/**
		 * Replaces the images; the list is copied.
		 * @param images the images
		 * @return this builder
		 */
		public Builder images(List<Image> images) {
			List<Image> copy = EventChecks.copyList(images, "images");
			this.images.clear();
			this.images.addAll(copy);
			return this;
		}

		/**
		 * Adds an image.
		 * @param image the image
		 * @return this builder
		 */
		public Builder image(Image image) {
			this.images.add(Objects.requireNonNull(image, "image must not be null"));
			return this;
		}

		/**
		 * Replaces the links; the list is copied.
		 * @param links the links
		 * @return this builder
		 */
		public Builder links(List<Link> links) {
			List<Link> copy = EventChecks.copyList(links, "links");
			this.links.clear();
			this.links.addAll(copy);
			return this;
		}

		/**
		 * Adds a link.
		 * @param link the link
		 * @return this builder
		 */
		public Builder link(Link link) {
			this.links.add(Objects.requireNonNull(link, "link must not be null"));
			return this;
		}

		/**
		 * Sets the name of the monitoring client that sends the event.
		 * @param client the name, or {@code null}
		 * @return this builder
		 */
		public Builder client(@Nullable String client) {
			this.client = client;
			return this;
		}

		/**
		 * Sets the URL of the monitoring client that sends the event.
		 * @param clientUrl the URL, or {@code null}
		 * @return this builder
		 */
		public Builder clientUrl(@Nullable String clientUrl) {
			this.clientUrl = clientUrl;
			return this;
		}

		/**
		 * Checks the fields and builds the event.
		 * @return the event
		 * @throws IllegalArgumentException naming the first field that is missing or too
		 * long
		 */
		public TriggerEvent build() {
			return new TriggerEvent(this);
		}

	}

}
