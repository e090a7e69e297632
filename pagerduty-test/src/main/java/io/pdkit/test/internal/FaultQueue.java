package io.pdkit.test.internal;

import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.Fault;

/** Faults waiting for the next requests, one fault per request, first in first out. */
public final class FaultQueue {

	private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();

	/** Queues a fault for a later request. */
	public void add(Fault fault) {
		faults.add(fault);
	}

	/** Takes the fault for the current request, or null when none is queued. */
	public @Nullable Fault poll() {
		return faults.poll();
	}

	/** Forgets every queued fault. */
	public void clear() {
		faults.clear();
	}

	/** How many faults are still queued. */
	public int size() {
		return faults.size();
	}

}
