package io.pdkit.core;

import java.time.Duration;

/**
 * Waits between retries. Tests pass a recording sleeper so that nothing sleeps for real.
 *
 * <pre>{@code
 * List<Duration> sleeps = new ArrayList<>();
 * RestApiV2Client client = RestApiV2Client.builder(apiKey).sleeper(sleeps::add).build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

	/**
	 * Waits for the given duration.
	 * @param duration how long to wait
	 * @throws InterruptedException if the waiting thread is interrupted
	 */
	void sleep(Duration duration) throws InterruptedException;

	/**
	 * Returns the sleeper that blocks the calling thread with {@link Thread#sleep(long)}.
	 * @return the real sleeper
	 */
	static Sleeper system() {
		return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
	}

}
