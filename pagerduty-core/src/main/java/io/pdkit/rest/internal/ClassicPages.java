package io.pdkit.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.pdkit.core.ApiResponse;
import io.pdkit.rest.ItemHook;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;

/**
 * Classic ({@code limit}/{@code offset}) pagination: the offset advances by the number of
 * items received, iteration stops when {@code more} is false, on an empty page, or before
 * {@code offset + limit} would exceed {@value #ITERATION_LIMIT}.
 */
public final class ClassicPages extends PageIterator {

	/** The largest {@code offset + limit} the API permits. */
	public static final int ITERATION_LIMIT = 10_000;

	private final PageFetcher fetcher;

	private final String url;

	private final String path;

	private final @Nullable String wrapper;

	private final Map<String, @Nullable Object> query;

	private final Logger logger;

	private long offset;

	private ClassicPages(PageFetcher fetcher, String url, String path, @Nullable String wrapper,
			Map<String, @Nullable Object> query, long offset, @Nullable ItemHook itemHook, Logger logger) {
		super(itemHook);
		this.fetcher = fetcher;
		this.url = url;
		this.path = path;
		this.wrapper = wrapper;
		this.query = query;
		this.offset = offset;
		this.logger = logger;
	}

	/**
	 * Streams all items lazily.
	 * @param fetcher sends the GET requests
	 * @param url the URL to paginate
	 * @param path its canonical path
	 * @param wrapper the response wrapper
	 * @param pageSize the {@code limit} of the first page
	 * @param total whether to ask for the total
	 * @param params the caller's parameters, which may override {@code limit},
	 * {@code total} and {@code offset}
	 * @param itemHook called for every item, or {@code null}
	 * @param logger receives the warnings
	 * @return the items
	 */
	public static Stream<JsonNode> stream(PageFetcher fetcher, String url, String path, @Nullable String wrapper,
			int pageSize, boolean total, Map<String, ? extends @Nullable Object> params, @Nullable ItemHook itemHook,
			Logger logger) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>();
		query.put("limit", pageSize);
		query.put("total", total);
		query.putAll(params);
		long offset = params.containsKey("offset") ? Long.parseLong(String.valueOf(params.get("offset"))) : 0L;
		return new ClassicPages(fetcher, url, path, wrapper, query, offset, itemHook, logger).stream();
	}

	@Override
	Iterable<JsonNode> nextPage() {
		long limit = Long.parseLong(String.valueOf(this.query.get("limit")));
		if (this.offset + limit > ITERATION_LIMIT) {
			this.logger.warn(
					"Stopping iterAll on GET {} at limit+offset={} as this exceeds the maximum permitted by "
							+ "the API ({}). The set of results may be incomplete.",
					this.path, this.offset + limit, ITERATION_LIMIT);
			finish();
			return List.of();
		}
		this.query.put("offset", this.offset);
		ApiResponse response = this.fetcher.fetch(this.url, new LinkedHashMap<>(this.query), "classic pagination");
		JsonNode body = response.json();
		JsonNode results = requireArray(response, EntityWrapping.unwrap(response, body, this.wrapper));
		int received = results.size();
		this.query.put("limit", received);
		this.offset += received;
		JsonNode totalNode = body.get("total");
		total((totalNode != null && totalNode.isIntegralNumber()) ? OptionalLong.of(totalNode.asLong())
				: OptionalLong.empty());
		JsonNode more = body.get("more");
		if (more == null) {
			this.logger.warn("Response from endpoint GET {} lacks a \"more\" property and therefore does not support "
					+ "pagination. Only results from the first request will be yielded.", this.path);
			finish();
		}
		else if (!more.asBoolean() || received == 0) {
			finish();
		}
		return results;
	}

}
