package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.core.PagerDutyException;
import io.pdkit.rest.model.ScheduleOverride;
import tools.jackson.databind.JsonNode;

/**
 * The overrides of one schedule, from {@code client.schedules().overrides(scheduleId)}.
 *
 * <pre>{@code
 * Instant start = Instant.parse("2026-03-02T09:00:00Z");
 * client.schedules().overrides("PSCHED1").create(ScheduleOverride.of()
 *     .withStart(start.atOffset(ZoneOffset.UTC)).withEnd(start.plus(Duration.ofHours(8)).atOffset(ZoneOffset.UTC))
 *     .withUser(UserReference.of("PUSER02")));
 * }</pre>
 */
public final class ScheduleOverrides {

	private final TypedCalls calls;

	private final Crud<ScheduleOverride> crud;

	private final String path;

	ScheduleOverrides(TypedCalls calls, String path) {
		this.calls = calls;
		this.path = path;
		this.crud = new Crud<>(calls, path, ScheduleOverride.class, ScheduleOverride::id);
	}

	/**
	 * Streams the overrides that overlap a time range ({@code GET
	 * /schedules/{id}/overrides}).
	 * @param since the start of the range
	 * @param until the end of the range
	 * @return the overrides
	 */
	public Stream<ScheduleOverride> list(Instant since, Instant until) {
		return this.calls.list(this.path, TimeRange.of(since, until), ScheduleOverride.class);
	}

	/**
	 * Creates one override ({@code POST /schedules/{id}/overrides}).
	 * @param override the override: start, end and user
	 * @return the override as created
	 * @throws PagerDutyException if the API did not create it (its answer is in the
	 * message)
	 */
	public ScheduleOverride create(ScheduleOverride override) {
		return create(List.of(override)).get(0);
	}

	/**
	 * Creates several overrides in one call ({@code POST /schedules/{id}/overrides}).
	 * @param overrides the overrides
	 * @return the overrides as created, in the same order
	 * @throws PagerDutyException if the API did not create one of them
	 */
	public List<ScheduleOverride> create(List<ScheduleOverride> overrides) {
		if (overrides.isEmpty()) {
			throw new IllegalArgumentException("overrides must not be empty");
		}
		JsonNode answer = this.calls.postRaw(this.path, Map.of("overrides", List.copyOf(overrides)));
		List<ScheduleOverride> created = new ArrayList<>();
		for (JsonNode item : answer.isArray() ? answer : answer.path("overrides")) {
			JsonNode override = item.has("override") ? item.get("override") : item;
			if (item.path("status").isNumber() && item.path("status").asInt() >= 300) {
				throw new PagerDutyException("The API did not create an override: " + item);
			}
			created.add(this.calls.convert(override, ScheduleOverride.class));
		}
		if (created.size() != overrides.size()) {
			throw new PagerDutyException(
					"The API answered " + created.size() + " overrides for " + overrides.size() + " sent");
		}
		return Collections.unmodifiableList(created);
	}

	/**
	 * Removes an override, or ends it now if it has started ({@code DELETE
	 * /schedules/{id}/overrides/{override_id}}).
	 * @param id the override's id
	 */
	public void delete(String id) {
		this.crud.delete(id);
	}

}
