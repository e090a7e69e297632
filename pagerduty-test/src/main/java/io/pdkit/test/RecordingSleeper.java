package io.pdkit.test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pdkit.core.Sleeper;

/**
 * A {@link Sleeper} for tests: it records every wait a client asks for and returns at
 * once, so retries against {@code failNext(503)} or a rate limit take no time.
 * {@code @AutoConfigurePagerDutySimulator} gives one to every pdkit client (and makes it
 * injectable); without Spring, pass it to a builder.
 *
 * <pre>{@code
 * RecordingSleeper sleeper = new RecordingSleeper();
 * RestApiV2Client client = RestApiV2Client.builder(sim.apiKey()).baseUrl(sim.restBaseUrl()).sleeper(sleeper).build();
 * sim.failNext(503);
 * client.get("/users");
 * assertThat(sleeper.sleeps()).hasSize(1);
 * }</pre>
 */
public final class RecordingSleeper implements Sleeper {

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	/** Creates a sleeper with no recorded waits. */
	public RecordingSleeper() {
	}

	/**
	 * Records the wait and returns immediately.
	 * @param duration how long the client wanted to wait
	 */
	@Override
	public void sleep(Duration duration) {
		this.sleeps.add(duration);
	}

	/**
	 * Returns the waits asked for so far.
	 * @return the durations, oldest first
	 */
	public List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

	/** Forgets the recorded waits. */
	public void clear() {
		this.sleeps.clear();
	}

	@Override
	public String toString() {
		return "RecordingSleeper" + this.sleeps;
	}

}
