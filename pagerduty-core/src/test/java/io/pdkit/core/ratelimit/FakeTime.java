package io.pdkit.core.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.pdkit.core.Sleeper;

/** A clock that only moves when the recording sleeper sleeps (or a test advances it). */
final class FakeTime extends Clock implements Sleeper {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	final List<Duration> sleeps = new ArrayList<>();

	synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public synchronized void sleep(Duration duration) {
		this.sleeps.add(duration);
		advance(duration);
	}

	@Override
	public ZoneOffset getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public synchronized Instant instant() {
		return this.now;
	}

}
