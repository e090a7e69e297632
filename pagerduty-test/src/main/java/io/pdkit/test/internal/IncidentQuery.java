package io.pdkit.test.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters and sort order of {@code GET /incidents}: {@code statuses[]},
 * {@code service_ids[]}, {@code team_ids[]}, {@code user_ids[]}, {@code urgencies[]},
 * {@code incident_key}, {@code since}/{@code until} (the last 30 days when neither is
 * given), {@code date_range=all} and {@code sort_by}.
 */
final class IncidentQuery {

	private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

	private static final List<String> SORTABLE = List.of("incident_number", "created_at", "resolved_at", "urgency");

	private IncidentQuery() {
	}

	static List<ObjectNode> apply(SimRequest request, SimContext context) {
		Predicate<JsonNode> filter = in(request.queryList("statuses"), i -> i.path("status").asString())
			.and(in(request.queryList("service_ids"), i -> i.path("service").path("id").asString()))
			.and(in(request.queryList("urgencies"), i -> i.path("urgency").asString()))
			.and(anyIn(request.queryList("team_ids"), "teams", null))
			.and(anyIn(request.queryList("user_ids"), "assignments", "assignee"))
			.and(timeWindow(request, context));
		String key = request.queryParam("incident_key");
		if (key != null) {
			filter = filter.and(i -> key.equals(i.path("incident_key").asString()));
		}
		return context.state().incidents.values()
			.stream()
			.filter(filter)
			.sorted(order(request.queryParam("sort_by")))
			.toList();
	}

	private static Predicate<JsonNode> in(List<String> wanted, Function<JsonNode, String> field) {
		return incident -> wanted.isEmpty() || wanted.contains(field.apply(incident));
	}

	private static Predicate<JsonNode> anyIn(List<String> wanted, String array, @Nullable String nested) {
		return incident -> {
			if (wanted.isEmpty()) {
				return true;
			}
			for (JsonNode element : incident.path(array)) {
				JsonNode ref = nested == null ? element : element.path(nested);
				if (wanted.contains(ref.path("id").asString())) {
					return true;
				}
			}
			return false;
		};
	}

	private static Predicate<JsonNode> timeWindow(SimRequest request, SimContext context) {
		if ("all".equals(request.queryParam("date_range"))) {
			return incident -> true;
		}
		String sinceText = request.queryParam("since");
		String untilText = request.queryParam("until");
		Instant until = untilText == null ? null : Times.parse(untilText, "until");
		Instant since = sinceText == null ? (untilText == null ? context.now().minus(DEFAULT_WINDOW) : null)
				: Times.parse(sinceText, "since");
		if (since != null && until != null && !since.isBefore(until)) {
			throw ApiError.invalidInput("'since' must be before 'until'");
		}
		return incident -> {
			Instant created = Instant.parse(incident.path("created_at").asString());
			return (since == null || !created.isBefore(since)) && (until == null || created.isBefore(until));
		};
	}

	private static Comparator<JsonNode> order(@Nullable String sortBy) {
		Comparator<JsonNode> byNumber = Comparator.comparingInt(i -> i.path("incident_number").asInt());
		if (sortBy == null || sortBy.isBlank()) {
			return byNumber;
		}
		String[] parts = sortBy.split(":", 2);
		String field = parts[0];
		if (!SORTABLE.contains(field)) {
			throw ApiError.invalidInput("sort_by must be one of " + String.join(", ", SORTABLE));
		}
		Comparator<JsonNode> comparator = "incident_number".equals(field) ? byNumber
				: Comparator.comparing((JsonNode i) -> i.path(field).asString("")).thenComparing(byNumber);
		boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1]);
		return descending ? comparator.reversed() : comparator;
	}

}
