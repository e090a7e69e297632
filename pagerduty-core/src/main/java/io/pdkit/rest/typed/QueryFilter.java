package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a list call, kept in an immutable map: every method returns a
 * new filter and leaves this one as it is, so a filter can be shared between threads and
 * reused. Methods are named after the API's query parameters ({@code statuses} for
 * {@code statuses[]}, {@code since}, ...).
 *
 * <pre>{@code
 * IncidentFilter open = IncidentFilter.create().statuses(Incident.Status.TRIGGERED, Incident.Status.ACKNOWLEDGED);
 * IncidentFilter mine = open.userIds("PUSER01");   // open is unchanged
 * }</pre>
 *
 * @param <F> the filter's own type
 */
public abstract class QueryFilter<F extends QueryFilter<F>> {

	private final Map<String, Object> query;

	/**
	 * Creates a filter over parameters.
	 * @param query the parameters (copied)
	 */
	protected QueryFilter(Map<String, Object> query) {
		this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
	}

	/**
	 * Returns the query parameters this filter sends; a list value is sent as
	 * {@code name[]=a&name[]=b}.
	 * @return the parameters, unmodifiable
	 */
	public Map<String, Object> toQuery() {
		return this.query;
	}

	/**
	 * Returns a copy with any query parameter, for those this filter has no method for.
	 * @param name the parameter name as the API spells it (without {@code []})
	 * @param value its value (a collection for a list parameter), or {@code null} to
	 * remove it
	 * @return the copy
	 */
	public F param(String name, @Nullable Object value) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.query);
		if (value == null) {
			copy.remove(name);
		}
		else {
			copy.put(name, value);
		}
		return copy(copy);
	}

	/**
	 * Returns a copy that asks the API to include related objects ({@code include[]}).
	 * @param include the names, for example {@code users} or {@code teams}
	 * @return the copy
	 */
	public F include(String... include) {
		return strings("include", include);
	}

	/**
	 * Creates a filter of this type over other parameters.
	 * @param query the parameters
	 * @return the filter
	 */
	protected abstract F copy(Map<String, Object> query);

	/**
	 * Returns a copy with a list of texts.
	 * @param name the parameter name
	 * @param values the values, none of them blank
	 * @return the copy
	 */
	protected F strings(String name, String... values) {
		Objects.requireNonNull(values, name + " must not be null");
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not contain a blank value");
			}
		}
		return param(name, List.of(values));
	}

	/**
	 * Returns a copy with a list of enum constants, sent as PagerDuty spells them.
	 * @param name the parameter name
	 * @param values the constants
	 * @param wire how PagerDuty spells a constant ({@code null} for an unknown one, which
	 * is refused)
	 * @param <E> the enum
	 * @return the copy
	 */
	@SafeVarargs
	protected final <E extends Enum<E>> F enums(String name, Function<E, @Nullable String> wire, E... values) {
		Objects.requireNonNull(values, name + " must not be null");
		return param(name, Arrays.stream(values).map(value -> {
			String text = wire.apply(Objects.requireNonNull(value, name + " must not contain null"));
			if (text == null) {
				throw new IllegalArgumentException(name + " cannot filter on " + value);
			}
			return text;
		}).toList());
	}

	/**
	 * Returns a copy with an instant, sent in ISO-8601 ({@code 2026-03-01T10:00:00Z}).
	 * @param name the parameter name
	 * @param instant the instant
	 * @return the copy
	 */
	protected F instant(String name, Instant instant) {
		return param(name, Objects.requireNonNull(instant, name + " must not be null").toString());
	}

	/**
	 * Returns a copy with one text value.
	 * @param name the parameter name
	 * @param value the value, not blank
	 * @return the copy
	 */
	protected F text(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return param(name, value);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other != null && other.getClass() == getClass() && ((QueryFilter<?>) other).query.equals(this.query);
	}

	@Override
	public int hashCode() {
		return this.query.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + this.query;
	}

}
