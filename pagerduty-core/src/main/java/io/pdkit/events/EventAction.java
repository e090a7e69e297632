package io.pdkit.events;

import java.util.Locale;

/**
 * What an alert event does to the alert its dedup key names: PagerDuty's
 * {@code event_action}.
 *
 * <pre>{@code
 * client.sendEvent(EventAction.ACKNOWLEDGE, dedupKey, Map.of());
 * }</pre>
 */
public enum EventAction {

	/** Opens an alert, or adds to the open alert with the same dedup key. */
	TRIGGER,

	/** Acknowledges the open alert with the dedup key; needs a dedup key. */
	ACKNOWLEDGE,

	/** Resolves the open alert with the dedup key; needs a dedup key. */
	RESOLVE;

	/**
	 * Returns the value sent to PagerDuty.
	 * @return the lower-case name, for example {@code trigger}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
