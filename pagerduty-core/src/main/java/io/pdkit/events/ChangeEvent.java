package io.pdkit.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pdkit.events.internal.EventChecks;
import io.pdkit.events.internal.EventTimestamps;
import org.jspecify.annotations.Nullable;

/**
 * A change event: an informational record of a deploy or configuration change, shown next
 * to the incidents of the service. It never opens an incident. Immutable; the builder
 * copies the caller's maps and lists.
 *
 * <pre>{@code
 * ChangeEvent deploy = ChangeEvent.builder("Deployed checkout v2.4.1")
 *         .source("ci.example.com")
 *         .customDetail("build", 220)
 *         .link(new Link("https://ci.example.com/builds/220", "Build 220"))
 *         .build();
 * events.sendChangeEvent(deploy);
 * }</pre>
 */
public final class ChangeEvent {

	private final String summary;

	private final @Nullable String source;

	private final @Nullable Instant timestamp;

	private final Map<String, @Nullable Object> customDetails;

	private final List<Link> links;

	private ChangeEvent(Builder builder) {
		this.summary = EventChecks.requireSummary(builder.summary, "summary");
		this.source = EventChecks.optionalText(builder.source, "source");
		this.timestamp = builder.timestamp;
		this.customDetails = EventChecks.copyDetails(builder.customDetails, "customDetails");
		this.links = EventChecks.copyList(builder.links, "links");
	}

	/**
	 * Starts a change event.
	 * @param summary what changed, at most 1,024 characters (required)
	 * @return a builder
	 */
	public static Builder builder(String summary) {
		return new Builder(summary);
	}

	/**
	 * Returns a builder holding this event's fields, to build a changed copy.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder(this.summary);
		builder.source = this.source;
		builder.timestamp = this.timestamp;
		builder.customDetails.putAll(this.customDetails);
		builder.links.addAll(this.links);
		return builder;
	}

	/**
	 * @return the summary
	 */
	public String summary() {
		return this.summary;
	}

	/**
	 * @return where the change happened, or {@code null}
	 */
	public @Nullable String source() {
		return this.source;
	}

	/**
	 * @return when the change happened, or {@code null} for the sending client's current
	 * time
	 */
	public @Nullable Instant timestamp() {
		return this.timestamp;
	}

	/**
	 * @return the custom details, unmodifiable, in insertion order
	 */
	public Map<String, @Nullable Object> customDetails() {
		return this.customDetails;
	}

	/**
	 * @return the links, unmodifiable
	 */
	public List<Link> links() {
		return this.links;
	}

	Map<String, Object> toWire(String defaultTimestamp) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("summary", this.summary);
		payload.put("timestamp", (this.timestamp != null) ? EventTimestamps.format(this.timestamp) : defaultTimestamp);
		TriggerEvent.putIfPresent(payload, "source", this.source);
		if (!this.customDetails.isEmpty()) {
			payload.put("custom_details", this.customDetails);
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("payload", payload);
		if (!this.links.isEmpty()) {
			event.put("links", this.links.stream().map(Link::toWire).toList());
		}
		return event;
	}

	/**
	 * Shows the summary, source and custom detail keys; custom detail values are left out
	 * because they may hold sensitive data.
	 * @return the text
	 */
	@Override
	public String toString() {
		return "ChangeEvent[summary=" + this.summary + ", source=" + this.source + ", timestamp=" + this.timestamp
				+ ", customDetails=" + this.customDetails.keySet() + ", links=" + this.links.size() + "]";
	}

	/**
	 * Builds a {@link ChangeEvent}. Not thread-safe.
	 */
	public static final class Builder {

		private @Nullable String summary;

		private @Nullable String source;

		private @Nullable Instant timestamp;

		private final Map<String, @Nullable Object> customDetails = new LinkedHashMap<>();

		private final List<Link> links = new ArrayList<>();

		private Builder(@Nullable String summary) {
			this.summary = summary;
		}

		/**
		 * Replaces the summary.
		 * @param summary what changed, at most 1,024 characters
		 * @return this builder
		 */
		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * Sets where the change happened, for example a host or a build agent.
		 * @param source the source, or {@code null}
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
			return this;
		}

		/**
		 * Sets when the change happened (sent as ISO-8601 in UTC).
		 * @param timestamp the time, or {@code null} for the sending client's current
		 * time
		 * @return this builder
		 */
		public Builder timestamp(@Nullable Instant timestamp) {
			this.timestamp = timestamp;
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
		 * Checks the fields and builds the event.
		 * @return the event
		 * @throws IllegalArgumentException naming the first field that is missing or too
		 * long
		 */
		public ChangeEvent build() {
			return new ChangeEvent(this);
		}

	}

}
