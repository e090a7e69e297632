package io.pdkit.rest.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Concatenates streams that are created only when iteration reaches them.
 */
final class LazyConcat<T> implements Iterator<T> {

	private final Iterator<Stream<T>> streams;

	private Iterator<T> current = Collections.emptyIterator();

	private LazyConcat(Iterator<Stream<T>> streams) {
		this.streams = streams;
	}

	static <T> Stream<T> of(Iterator<Stream<T>> streams) {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new LazyConcat<>(streams), Spliterator.ORDERED),
				false);
	}

	@Override
	public boolean hasNext() {
		while (!this.current.hasNext()) {
			if (!this.streams.hasNext()) {
				return false;
			}
			this.current = this.streams.next().iterator();
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.current.next();
	}

}
