package io.pdkit.test.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes who is on call from a schedule's layers: each layer hands the turn to its next
 * user every {@code rotation_turn_length_seconds}, counted from
 * {@code rotation_virtual_start}, between its {@code start} and optional {@code end}; a
 * later layer wins over an earlier one, and an override wins over every layer. Layer
 * restrictions are not applied.
 */
final class ScheduleRenderer {

	/** The most rotation hand-offs one rendering walks through. */
	static final int MAX_BOUNDARIES = 20_000;

	/** One stretch of on-call time. */
	record Span(JsonNode user, Instant start, Instant end) {

		ObjectNode toJson() {
			ObjectNode entry = Json.object();
			entry.set("user", user.deepCopy());
			entry.put("start", Times.format(start));
			entry.put("end", Times.format(end));
			return entry;
		}
	}

	private ScheduleRenderer() {
	}

	/**
	 * The final schedule in {@code [from, to)}: layers, then overrides on top, adjacent
	 * equal turns merged.
	 */
	static List<Span> render(JsonNode schedule, List<ObjectNode> overrides, Instant from, Instant to) {
		TreeSet<Instant> cuts = new TreeSet<>();
		cuts.add(from);
		cuts.add(to);
		for (JsonNode layer : schedule.path("schedule_layers")) {
			addLayerCuts(layer, from, to, cuts);
		}
		for (ObjectNode override : overrides) {
			addIfInside(Instant.parse(override.path("start").asString()), from, to, cuts);
			addIfInside(Instant.parse(override.path("end").asString()), from, to, cuts);
		}
		List<Span> spans = new ArrayList<>();
		Instant previous = null;
		for (Instant cut : cuts) {
			if (previous != null) {
				JsonNode user = onCallAt(schedule, overrides, previous);
				if (user != null) {
					append(spans, new Span(user, previous, cut));
				}
			}
			previous = cut;
		}
		return spans;
	}

	/** Who is on call at an instant, or null when nobody is. */
	static @Nullable JsonNode onCallAt(JsonNode schedule, List<ObjectNode> overrides, Instant at) {
		for (int i = overrides.size() - 1; i >= 0; i--) {
			ObjectNode override = overrides.get(i);
			if (!at.isBefore(Instant.parse(override.path("start").asString()))
					&& at.isBefore(Instant.parse(override.path("end").asString()))) {
				return override.get("user");
			}
		}
		JsonNode layers = schedule.path("schedule_layers");
		for (int i = layers.size() - 1; i >= 0; i--) {
			JsonNode user = layerUserAt(layers.get(i), at);
			if (user != null) {
				return user;
			}
		}
		return null;
	}

	/**
	 * The rendered sub-schedule object ({@code Final Schedule} or {@code Overrides}) for
	 * a response.
	 */
	static ObjectNode subSchedule(String name, List<Span> spans, Instant from, Instant to) {
		ObjectNode sub = Json.object();
		sub.put("name", name);
		ArrayNode entries = sub.putArray("rendered_schedule_entries");
		long covered = 0;
		for (Span span : spans) {
			entries.add(span.toJson());
			covered += Duration.between(span.start(), span.end()).toSeconds();
		}
		long total = Math.max(1, Duration.between(from, to).toSeconds());
		sub.put("rendered_coverage_percentage", Math.round(10_000.0 * covered / total) / 100.0);
		return sub;
	}

	private static @Nullable JsonNode layerUserAt(JsonNode layer, Instant at) {
		JsonNode users = layer.path("users");
		Instant start = Instant.parse(layer.path("start").asString());
		String end = layer.path("end").asString("");
		if (users.isEmpty() || at.isBefore(start) || (!end.isEmpty() && !at.isBefore(Instant.parse(end)))) {
			return null;
		}
		Instant virtualStart = Instant.parse(layer.path("rotation_virtual_start").asString());
		long turn = layer.path("rotation_turn_length_seconds").asLong();
		long turns = Math.floorDiv(Duration.between(virtualStart, at).toSeconds(), turn);
		return users.get((int) Math.floorMod(turns, (long) users.size())).get("user");
	}

	private static void addLayerCuts(JsonNode layer, Instant from, Instant to, TreeSet<Instant> cuts) {
		addIfInside(Instant.parse(layer.path("start").asString()), from, to, cuts);
		String end = layer.path("end").asString("");
		if (!end.isEmpty()) {
			addIfInside(Instant.parse(end), from, to, cuts);
		}
		Instant virtualStart = Instant.parse(layer.path("rotation_virtual_start").asString());
		long turn = layer.path("rotation_turn_length_seconds").asLong();
		long first = Math.floorDiv(Duration.between(virtualStart, from).toSeconds(), turn) + 1;
		for (long k = first, n = 0; n < MAX_BOUNDARIES; k++, n++) {
			Instant cut = virtualStart.plusSeconds(k * turn);
			if (!cut.isBefore(to)) {
				return;
			}
			cuts.add(cut);
		}
		throw ApiError.invalidInput("The time range spans more than " + MAX_BOUNDARIES + " rotation turns");
	}

	private static void addIfInside(Instant instant, Instant from, Instant to, TreeSet<Instant> cuts) {
		if (instant.isAfter(from) && instant.isBefore(to)) {
			cuts.add(instant);
		}
	}

	private static void append(List<Span> spans, Span span) {
		if (!spans.isEmpty()) {
			Span last = spans.get(spans.size() - 1);
			if (last.end().equals(span.start())
					&& last.user().path("id").asString().equals(span.user().path("id").asString())) {
				spans.set(spans.size() - 1, new Span(last.user(), last.start(), span.end()));
				return;
			}
		}
		spans.add(span);
	}

}
