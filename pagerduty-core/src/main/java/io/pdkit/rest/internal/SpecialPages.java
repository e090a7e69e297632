package io.pdkit.rest.internal;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.pdkit.core.RequestOptions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two REST API v2 endpoints with pagination of their own: alert grouping settings
 * ({@code after}) and raw incident analytics ({@code starting_after} in a POST body).
 * Both end on an empty page and when the server names a cursor it already named, so that
 * a walk always ends.
 */
public final class SpecialPages {

	private SpecialPages() {
	}

	/**
	 * Streams {@code GET /alert_grouping_settings}.
	 * @param jget sends a GET and returns the body
	 * @param serviceIds the services, possibly empty
	 * @param pageSize the limit
	 * @return the settings
	 */
	public static Stream<JsonNode> alertGroupingSettings(BiFunction<Object, RequestOptions, JsonNode> jget,
			List<String> serviceIds, int pageSize) {
		@Nullable String[] after = { null };
		Set<String> seen = new HashSet<>();
		return pages(() -> {
			Map<String, @Nullable Object> query = new LinkedHashMap<>();
			query.put("limit", pageSize);
			if (!serviceIds.isEmpty()) {
				query.put("service_ids[]", serviceIds);
			}
			if (after[0] != null) {
				query.put("after", after[0]);
			}
			JsonNode body = jget.apply("/alert_grouping_settings", RequestOptions.builder().query(query).build());
			JsonNode next = body.get("after");
			String cursor = (next == null || next.isNull()) ? null : next.asString();
			after[0] = cursor;
			return new Page(body.path("alert_grouping_settings"), cursor != null && seen.add(cursor));
		});
	}

	/**
	 * Streams {@code POST /analytics/raw/incidents}.
	 * @param jpost sends a POST and returns the body
	 * @param filters the filters
	 * @param order the order
	 * @param orderBy the order property
	 * @param pageSize the limit
	 * @param timeZone the time zone, or {@code null}
	 * @return the incidents
	 */
	public static Stream<JsonNode> analyticsRawIncidents(BiFunction<Object, RequestOptions, JsonNode> jpost,
			JsonNode filters, String order, String orderBy, int pageSize, @Nullable String timeZone) {
		@Nullable JsonNode[] last = { null };
		Set<String> seen = new HashSet<>();
		return pages(() -> {
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.set("filters", filters.deepCopy());
			body.put("order", order);
			body.put("order_by", orderBy);
			body.put("limit", pageSize);
			if (timeZone != null) {
				body.put("time_zone", timeZone);
			}
			if (last[0] != null) {
				body.set("starting_after", last[0]);
			}
			JsonNode response = jpost.apply("/analytics/raw/incidents", RequestOptions.builder().body(body).build());
			JsonNode lastNode = response.get("last");
			JsonNode cursor = (lastNode == null || lastNode.isNull()) ? null : lastNode;
			last[0] = cursor;
			return new Page(response.path("data"),
					response.path("more").asBoolean(false) && cursor != null && seen.add(cursor.toString()));
		});
	}

	private static Stream<JsonNode> pages(java.util.function.Supplier<Page> next) {
		Iterator<JsonNode> items = new Iterator<>() {
			private Iterator<JsonNode> page = Collections.emptyIterator();

			private boolean more = true;

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext() && this.more) {
					Page fetched = next.get();
					this.more = fetched.more() && !fetched.items().isEmpty();
					this.page = fetched.items().iterator();
				}
				return this.page.hasNext();
			}

			@Override
			public JsonNode next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
	}

	private record Page(JsonNode items, boolean more) {
	}

}
