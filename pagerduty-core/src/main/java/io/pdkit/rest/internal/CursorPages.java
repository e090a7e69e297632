package io.pdkit.rest.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.rest.ItemHook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;

/**
 * Cursor pagination: the first request has no {@code cursor}; each later one sends the
 * previous page's {@code next_cursor}. Iteration ends quietly when that is absent, null
 * or empty, and when a page holds no item (a warning is logged if it still names a
 * cursor). A page whose {@code next_cursor} was already returned before (the same cursor
 * again, or a cycle) raises {@link PagerDutyServerException}: the walk can never end, and
 * its items would repeat.
 */
public final class CursorPages extends PageIterator {

	private final PageFetcher fetcher;

	private final String url;

	private final @Nullable String wrapper;

	private final Map<String, @Nullable Object> query;

	private final Logger logger;

	private final Set<String> seen = new HashSet<>();

	private @Nullable String cursor;

	private CursorPages(PageFetcher fetcher, String url, @Nullable String wrapper, Map<String, @Nullable Object> query,
			@Nullable ItemHook itemHook, Logger logger) {
		super(itemHook);
		this.fetcher = fetcher;
		this.url = url;
		this.wrapper = wrapper;
		this.query = query;
		this.logger = logger;
	}

	/**
	 * Streams all items lazily.
	 * @param fetcher sends the GET requests
	 * @param url the URL to paginate
	 * @param wrapper the response wrapper
	 * @param pageSize the {@code limit}
	 * @param params the caller's parameters, which may override {@code limit}
	 * @param itemHook called for every item, or {@code null}
	 * @param logger receives the warning about an empty page that names a cursor
	 * @return the items
	 */
	public static Stream<JsonNode> stream(PageFetcher fetcher, String url, @Nullable String wrapper, int pageSize,
			Map<String, ? extends @Nullable Object> params, @Nullable ItemHook itemHook, Logger logger) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>();
		query.put("limit", pageSize);
		query.putAll(params);
		return new CursorPages(fetcher, url, wrapper, query, itemHook, logger).stream();
	}

	@Override
	Iterable<JsonNode> nextPage() {
		if (this.cursor != null) {
			this.query.put("cursor", this.cursor);
		}
		ApiResponse response = this.fetcher.fetch(this.url, new LinkedHashMap<>(this.query), "cursor-based pagination");
		JsonNode body = response.json();
		JsonNode results = requireArray(response, EntityWrapping.unwrap(response, body, this.wrapper));
		JsonNode next = body.get("next_cursor");
		String nextCursor = (next == null || next.isNull()) ? "" : next.asString("");
		if (nextCursor.isEmpty()) {
			finish();
		}
		else if (results.isEmpty()) {
			this.logger.warn("Stopping cursor-based pagination of GET {}: the server returned a page without items "
					+ "that still names a next cursor.", this.url);
			finish();
			return List.of();
		}
		else if (!this.seen.add(nextCursor)) {
			throw new PagerDutyServerException(
					ErrorMessages.unexpectedBody(response,
							"cursor-based pagination " + "received next_cursor \"" + ErrorMessages.truncate(nextCursor)
									+ "\" a second time (after " + this.seen.size()
									+ " distinct cursors); stopping, as following it would repeat pages forever"),
					response);
		}
		else {
			this.cursor = nextCursor;
		}
		return results;
	}

}
