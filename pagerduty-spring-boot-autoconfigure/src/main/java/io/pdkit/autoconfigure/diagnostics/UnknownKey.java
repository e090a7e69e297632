package io.pdkit.autoconfigure.diagnostics;

/**
 * A {@code pagerduty.*} key of the application's configuration that pdkit does not know.
 *
 * @param name the key, in canonical form ({@code pagerduty.api-token})
 * @param origin where it was written
 * ({@code class path resource [application.yml] - 3:14}), or the property source's name
 * @param suggestion the nearest known key
 */
public record UnknownKey(String name, String origin, String suggestion) {

	/**
	 * Describes the key in one line.
	 * @return for example
	 * {@code pagerduty.api-token (from application.yml - 3:14): did you mean pagerduty.api-key?}
	 */
	public String describe() {
		return this.name + " (from " + this.origin + ")"
				+ (this.suggestion.isEmpty() ? "" : ": did you mean " + this.suggestion + "?");
	}

}
