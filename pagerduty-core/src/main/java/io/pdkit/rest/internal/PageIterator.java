package io.pdkit.rest.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.rest.ItemHook;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Iterates the items of a paginated endpoint holding one page in memory; subclasses fetch
 * the next page.
 */
abstract class PageIterator implements Iterator<JsonNode> {

	private final @Nullable ItemHook itemHook;

	private Iterator<JsonNode> page = Collections.emptyIterator();

	private OptionalLong total = OptionalLong.empty();

	private long number;

	private boolean more = true;

	PageIterator(@Nullable ItemHook itemHook) {
		this.itemHook = itemHook;
	}

	/**
	 * Fetches the next page, or calls {@link #finish()} and returns an empty page.
	 * @return the items of the next page
	 */
	abstract Iterable<JsonNode> nextPage();

	final void finish() {
		this.more = false;
	}

	final void total(OptionalLong total) {
		this.total = total;
	}

	@Override
	public final boolean hasNext() {
		while (!this.page.hasNext()) {
			if (!this.more) {
				return false;
			}
			this.page = nextPage().iterator();
		}
		return true;
	}

	@Override
	public final JsonNode next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		JsonNode item = this.page.next();
		this.number++;
		if (this.itemHook != null) {
			this.itemHook.accept(item, this.number, this.total);
		}
		return item;
	}

	final Stream<JsonNode> stream() {
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	static JsonNode requireArray(ApiResponse response, JsonNode results) {
		if (!results.isArray()) {
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"expected a list of results, but the body holds a value of type "
							+ results.getNodeType().name().toLowerCase(java.util.Locale.ROOT)),
					response);
		}
		return results;
	}

}
