package io.pdkit.autoconfigure;

import io.pdkit.autoconfigure.PagerDutyProperties.RetryProperties;
import io.pdkit.core.RetrySettings;

/**
 * Merges {@code pagerduty.retry.*} (or {@code pagerduty.events.retry.*}) over a client's
 * preset.
 */
final class RetrySettingsMerger {

	private RetrySettingsMerger() {
	}

	static RetrySettings merge(RetrySettings preset, RetryProperties properties, String prefix) {
		RetrySettings merged = preset;
		try {
			if (properties.getMaxHttpAttempts() != null) {
				merged = merged.withMaxHttpAttempts(properties.getMaxHttpAttempts());
			}
			if (properties.getMaxNetworkAttempts() != null) {
				merged = merged.withMaxNetworkAttempts(properties.getMaxNetworkAttempts());
			}
			if (properties.getSleepTimer() != null) {
				merged = merged.withSleepTimer(properties.getSleepTimer());
			}
			if (properties.getSleepTimerBase() != null) {
				merged = merged.withSleepTimerBase(properties.getSleepTimerBase());
			}
			if (properties.getStaggerCooldown() != null) {
				merged = merged.withStaggerCooldown(properties.getStaggerCooldown());
			}
			if (properties.getMaxElapsed() != null) {
				merged = merged.withMaxElapsed(properties.getMaxElapsed());
			}
			return merged.withStatuses(properties.getStatuses());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Invalid " + prefix + ".*: " + ex.getMessage());
		}
	}

}
