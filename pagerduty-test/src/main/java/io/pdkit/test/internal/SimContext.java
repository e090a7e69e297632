package io.pdkit.test.internal;

import java.time.Clock;
import java.time.Instant;

/** What handlers work with: the account state, URL builders and the clock. */
public record SimContext(SimulatorState state, Links links, Clock clock) {

    /** The current instant of the simulator's clock. */
    public Instant now() {
        return clock.instant();
    }
}
