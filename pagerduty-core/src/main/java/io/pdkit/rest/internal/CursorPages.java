package io.pdkit.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.pdkit.core.ApiResponse;
import io.pdkit.rest.ItemHook;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Cursor pagination: the first request has no {@code cursor}; each later one sends the previous page's
 * {@code next_cursor}; iteration stops when that is absent, null or empty.
 */
public final class CursorPages extends PageIterator {

    private final PageFetcher fetcher;

    private final String url;

    private final @Nullable String wrapper;

    private final Map<String, @Nullable Object> query;

    private @Nullable String cursor;

    private CursorPages(PageFetcher fetcher, String url, @Nullable String wrapper, Map<String, @Nullable Object> query,
            @Nullable ItemHook itemHook) {
        super(itemHook);
        this.fetcher = fetcher;
        this.url = url;
        this.wrapper = wrapper;
        this.query = query;
    }

    /**
     * Streams all items lazily.
     * @param fetcher sends the GET requests
     * @param url the URL to paginate
     * @param wrapper the response wrapper
     * @param pageSize the {@code limit}
     * @param params the caller's parameters, which may override {@code limit}
     * @param itemHook called for every item, or {@code null}
     * @return the items
     */
    public static Stream<JsonNode> stream(PageFetcher fetcher, String url, @Nullable String wrapper, int pageSize,
            Map<String, ? extends @Nullable Object> params, @Nullable ItemHook itemHook) {
        Map<String, @Nullable Object> query = new LinkedHashMap<>();
        query.put("limit", pageSize);
        query.putAll(params);
        return new CursorPages(fetcher, url, wrapper, query, itemHook).stream();
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
        if (next == null || next.isNull() || next.asString("").isEmpty()) {
            finish();
        }
        else {
            this.cursor = next.asString();
        }
        return results;
    }

}
