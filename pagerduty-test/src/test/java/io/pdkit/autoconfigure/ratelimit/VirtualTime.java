package io.pdkit.autoconfigure.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.github.bucket4j.TimeMeter;
import io.pdkit.core.Sleeper;

/**
 * One clock for the simulator, the clients and Bucket4j; it moves only when a client's
 * sleeper waits or the test advances it, so that no test sleeps for real.
 */
final class VirtualTime extends Clock implements Sleeper, TimeMeter {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public synchronized void sleep(Duration duration) {
		advance(duration);
	}

	@Override
	public synchronized Instant instant() {
		return this.now;
	}

	@Override
	public long currentTimeNanos() {
		Instant instant = instant();
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
