package io.pdkit.test.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * What handlers work with: the account state, URL builders, the clock and the webhook
 * sender.
 */
public record SimContext(SimulatorState state, Links links, Clock clock, WebhookDispatcher webhooks) {

	/** The current instant of the simulator's clock. */
	public Instant now() {
		return clock.instant();
	}
}
