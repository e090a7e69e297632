package io.pdkit.integrations;

/**
 * Argument checks shared by the integration clients.
 */
final class IntegrationArguments {

	private IntegrationArguments() {
	}

	static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

}
