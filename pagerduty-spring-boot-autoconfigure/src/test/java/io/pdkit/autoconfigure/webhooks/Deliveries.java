package io.pdkit.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;

/**
 * Webhook bodies for tests.
 */
final class Deliveries {

	static final String SECRET = "whsec-current-0001";

	static final String OLD_SECRET = "whsec-previous-0002";

	private Deliveries() {
	}

	static byte[] body(String eventId, String eventType) {
		return ("{\"event\":{\"id\":\"" + eventId + "\",\"event_type\":\"" + eventType
				+ "\",\"resource_type\":\"incident\","
				+ "\"occurred_at\":\"2026-01-01T00:00:00.000Z\",\"agent\":null,\"client\":null,"
				+ "\"data\":{\"id\":\"PINC" + eventId + "\",\"type\":\"incident\",\"title\":\"Disk full\"}}}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
