package io.pdkit.test.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pdkit.test.ReceivedRequest;

/** Every request the simulator received, in arrival order. */
public final class RequestJournal {

	private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

	/** Records a request. */
	public void add(ReceivedRequest request) {
		requests.add(request);
	}

	/** A snapshot of the recorded requests. */
	public List<ReceivedRequest> snapshot() {
		return List.copyOf(requests);
	}

	/** Forgets every recorded request. */
	public void clear() {
		requests.clear();
	}

}
