package io.pdkit.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory {@link WebhookDeliveryStore}: recently accepted delivery ids of this
 * instance, bounded in time (window) and size (capacity). Thread-safe.
 */
final class RecentDeliveries implements WebhookDeliveryStore {

	private final Duration window;

	private final int capacity;

	private final Clock clock;

	private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

	RecentDeliveries(Duration window, int capacity, Clock clock) {
		this.window = window;
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * Records the ids of one delivery unless any of them was recorded within the window.
	 * @return {@code true} if all ids are new (or duplicate detection is off),
	 * {@code false} for a duplicate
	 */
	@Override
	public synchronized boolean markIfNew(List<String> ids) {
		if (this.capacity == 0 || this.window.isZero()) {
			return true;
		}
		Instant now = this.clock.instant();
		evictExpired(now);
		if (ids.stream().anyMatch(this.seen::containsKey)) {
			return false;
		}
		ids.forEach(id -> this.seen.put(id, now));
		Iterator<String> oldest = this.seen.keySet().iterator();
		while (this.seen.size() > this.capacity) {
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	/**
	 * Forgets the ids of a delivery that could not be accepted, so that its redelivery is
	 * processed.
	 */
	@Override
	public synchronized void forget(List<String> ids) {
		ids.forEach(this.seen::remove);
	}

	synchronized int size() {
		return this.seen.size();
	}

	private void evictExpired(Instant now) {
		Instant cutoff = now.minus(this.window);
		Iterator<Map.Entry<String, Instant>> entries = this.seen.entrySet().iterator();
		while (entries.hasNext() && !entries.next().getValue().isAfter(cutoff)) {
			entries.remove();
		}
	}

}
