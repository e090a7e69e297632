package io.pdkit.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Reads a property that a condition has already required, failing with the property's
 * name if it is unset.
 */
final class RequiredProperty {

	private RequiredProperty() {
	}

	/**
	 * Returns a property value that must be set.
	 * @param value the bound value
	 * @param property the property name, for the message
	 * @return the value
	 * @throws IllegalStateException naming the property if it is unset
	 */
	static String require(@Nullable String value, String property) {
		if (value == null) {
			throw new IllegalStateException(property + " must be set");
		}
		return value;
	}

}
