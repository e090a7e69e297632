package io.pdkit.autoconfigure.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start when the application's configuration has {@code pagerduty.*} keys that
 * pdkit does not know, usually typing mistakes ({@code pagerduty.api-token},
 * {@code pagerduty.event.routing-key}).
 *
 * <pre>{@code
 * catch (UnknownPagerDutyKeysException ex) {
 *     ex.keys().forEach(key -> System.err.println(key.describe()));
 * }
 * }</pre>
 */
public class UnknownPagerDutyKeysException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final transient List<UnknownKey> keys;

	/**
	 * Creates the exception.
	 * @param keys the unknown keys, not empty
	 */
	public UnknownPagerDutyKeysException(List<UnknownKey> keys) {
		super("Unknown PagerDuty configuration keys: "
				+ keys.stream().map(UnknownKey::describe).collect(Collectors.joining("; ")));
		this.keys = List.copyOf(keys);
	}

	/**
	 * Returns the unknown keys.
	 * @return each key with its origin and the nearest known key
	 */
	public List<UnknownKey> keys() {
		return this.keys;
	}

}
