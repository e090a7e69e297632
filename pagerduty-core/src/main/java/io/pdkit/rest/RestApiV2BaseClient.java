package io.pdkit.rest;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.RawVerbs;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.internal.BaseUrl;
import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.EndpointIndex;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.core.internal.ResolvedRequest;
import io.pdkit.rest.internal.CallStatistics;
import io.pdkit.rest.internal.ClassicPages;
import io.pdkit.rest.internal.CursorPages;
import io.pdkit.rest.internal.ListParameters;
import io.pdkit.rest.internal.EntityWrapping;
import io.pdkit.rest.internal.ResourceUrls;
import io.pdkit.rest.internal.RestApiData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.util.function.SingletonSupplier;

/**
 * The base of REST-style PagerDuty clients (REST API v2 and the integration APIs):
 * canonical paths, entity wrapping, the {@code j*} and {@code r*} methods, pagination and
 * per-endpoint call statistics.
 *
 * <pre>{@code
 * try (RestApiV2Client client = new RestApiV2Client(apiKey)) {
 *     JsonNode user = client.rget("/users/PABC123");          // the "user" object
 *     client.iterAll("services").forEach(service -> System.out.println(service.get("name")));
 * }
 * }</pre>
 */
public abstract class RestApiV2BaseClient extends ApiClient implements RawVerbs {

	private final SingletonSupplier<RestApiData> data;

	private final BaseUrl base;

	private final int defaultPageSize;

	private final AuthType authType;

	private final CallStatistics statistics;

	private final Logger logger = LoggerFactory.getLogger(getClass());

	/**
	 * Creates the client.
	 * @param builder the builder
	 * @param data what the client knows about its API's paths and wrappers
	 */
	protected RestApiV2BaseClient(Builder<?, ?> builder, RestApiData data) {
		this(builder, constant(Objects.requireNonNull(data, "data must not be null")));
	}

	/**
	 * Creates the client with data that is loaded by its first request (or the first call
	 * that needs it), so that building a client reads nothing from the class path.
	 * @param builder the builder
	 * @param data supplies what the client knows about its API's paths and wrappers;
	 * called once
	 */
	protected RestApiV2BaseClient(Builder<?, ?> builder, Supplier<RestApiData> data) {
		this(builder, SingletonSupplier.of(Objects.requireNonNull(data, "data must not be null")),
				new CallStatistics());
	}

	private RestApiV2BaseClient(Builder<?, ?> builder, SingletonSupplier<RestApiData> data, CallStatistics statistics) {
		this(builder, data, SingletonSupplier.of(() -> data.obtain().endpoints()), statistics);
	}

	private RestApiV2BaseClient(Builder<?, ?> builder, SingletonSupplier<RestApiData> data,
			SingletonSupplier<EndpointIndex> endpoints, CallStatistics statistics) {
		super(builder, (method, relativePath) -> endpoints.obtain().find(method, relativePath), statistics::record);
		this.data = data;
		this.statistics = statistics;
		this.base = BaseUrl.parse(baseUrl());
		this.defaultPageSize = builder.defaultPageSize;
		this.authType = builder.authType;
	}

	private static Supplier<RestApiData> constant(RestApiData data) {
		return () -> data;
	}

	@Override
	public ApiResponse request(String method, String url, RequestOptions options) {
		return super.request(method, url, options);
	}

	/**
	 * Returns the page size the pagination methods use unless told otherwise.
	 * @return the default page size (100 unless configured)
	 */
	public int defaultPageSize() {
		return this.defaultPageSize;
	}

	/**
	 * Returns how the credential is put into the {@code Authorization} header.
	 * @return the auth type
	 */
	public AuthType authType() {
		return this.authType;
	}

	/**
	 * Returns the canonical path of a URL, for example {@code /users/{id}} for
	 * {@code users/PABC123}.
	 * @param url a path or a full URL under the base URL; any query is ignored
	 * @return the canonical path
	 * @throws PagerDutyUrlException if the URL is not under the base URL, matches no
	 * canonical path, or matches several equally well
	 */
	public String canonicalPath(String url) {
		URI uri = this.base.resolve(url);
		return this.data.obtain().paths().match(relativePath(uri), ErrorMessages.displayUrl(uri));
	}

	/**
	 * Returns the entity wrappers of an operation: from the generated table, or inferred
	 * from the path.
	 * @param method the HTTP method, any case
	 * @param canonicalPath the canonical path
	 * @return the request and response wrappers
	 */
	public EntityWrappers entityWrappers(String method, String canonicalPath) {
		requireText(method, "method");
		requireText(canonicalPath, "canonicalPath");
		return this.data.obtain().wrappers().lookup(method, canonicalPath);
	}

	/**
	 * Returns the data this client has about its API.
	 * @return the data
	 */
	protected RestApiData apiData() {
		return this.data.obtain();
	}

	/**
	 * GETs a URL and returns the whole decoded body.
	 * @param urlOrResource a path, a full URL, or a resource {@link JsonNode} with a
	 * {@code self} URL
	 * @return the body ({@code NullNode} for an empty body)
	 * @throws io.pdkit.core.PagerDutyHttpException if the status is not 2xx
	 */
	public JsonNode jget(Object urlOrResource) {
		return jget(urlOrResource, RequestOptions.none());
	}

	/**
	 * GETs a URL and returns the whole decoded body.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options query parameters and headers
	 * @return the body
	 */
	public JsonNode jget(Object urlOrResource, RequestOptions options) {
		return plain("GET", ResourceUrls.urlOf(urlOrResource, "jget"), options);
	}

	/**
	 * POSTs a JSON body as it is and returns the whole decoded response body.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param body any value the JSON mapper can serialise
	 * @return the body
	 */
	public JsonNode jpost(Object urlOrResource, Object body) {
		return jpost(urlOrResource, withBody(body));
	}

	/**
	 * POSTs and returns the whole decoded response body.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options body, query parameters and headers
	 * @return the body
	 */
	public JsonNode jpost(Object urlOrResource, RequestOptions options) {
		return plain("POST", ResourceUrls.urlOf(urlOrResource, "jpost"), options);
	}

	/**
	 * PUTs a JSON body as it is and returns the whole decoded response body.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param body any value the JSON mapper can serialise
	 * @return the body
	 */
	public JsonNode jput(Object urlOrResource, Object body) {
		return jput(urlOrResource, withBody(body));
	}

	/**
	 * PUTs and returns the whole decoded response body.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options body, query parameters and headers
	 * @return the body
	 */
	public JsonNode jput(Object urlOrResource, RequestOptions options) {
		return plain("PUT", ResourceUrls.urlOf(urlOrResource, "jput"), options);
	}

	/**
	 * GETs a resource or collection and returns the entity inside the response wrapper.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @return the entity, for example the {@code user} object of {@code GET /users/{id}}
	 * @throws PagerDutyUrlException if the URL matches no canonical path
	 * @throws io.pdkit.core.PagerDutyHttpException if the status is not 2xx
	 * @throws PagerDutyServerException if the body lacks the wrapper
	 */
	public JsonNode rget(Object urlOrResource) {
		return rget(urlOrResource, RequestOptions.none());
	}

	/**
	 * GETs and returns the unwrapped entity.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options query parameters and headers
	 * @return the entity
	 */
	public JsonNode rget(Object urlOrResource, RequestOptions options) {
		return wrapped("GET", ResourceUrls.urlOf(urlOrResource, "rget"), options);
	}

	/**
	 * GETs and converts the unwrapped entity with the client's JSON mapper.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rget(Object urlOrResource, Class<T> type) {
		return convert(rget(urlOrResource), type);
	}

	/**
	 * GETs and converts the unwrapped entity.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options query parameters and headers
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rget(Object urlOrResource, RequestOptions options, Class<T> type) {
		return convert(rget(urlOrResource, options), type);
	}

	/**
	 * POSTs an entity, wrapping it if needed, and returns the unwrapped result.
	 * @param path a path or full URL
	 * @param body the bare entity (or an already wrapped body)
	 * @return the created entity
	 */
	public JsonNode rpost(String path, Object body) {
		return rpost(path, withBody(body));
	}

	/**
	 * POSTs, wrapping the body if needed, and returns the unwrapped result.
	 * @param path a path or full URL
	 * @param options body, query parameters and headers
	 * @return the entity
	 */
	public JsonNode rpost(String path, RequestOptions options) {
		return wrapped("POST", path, options);
	}

	/**
	 * POSTs an entity and converts the unwrapped result.
	 * @param path a path or full URL
	 * @param body the bare entity
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rpost(String path, Object body, Class<T> type) {
		return convert(rpost(path, body), type);
	}

	/**
	 * POSTs and converts the unwrapped result.
	 * @param path a path or full URL
	 * @param options body, query parameters and headers
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rpost(String path, RequestOptions options, Class<T> type) {
		return convert(rpost(path, options), type);
	}

	/**
	 * PUTs an entity, wrapping it if needed, and returns the unwrapped result. A list
	 * sent to a collection ({@code rput("incidents", List.of(...))}) updates several
	 * entities at once.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param body the bare entity or list (or an already wrapped body)
	 * @return the updated entity ({@code NullNode} when the endpoint answers without a
	 * body)
	 */
	public JsonNode rput(Object urlOrResource, Object body) {
		return rput(urlOrResource, withBody(body));
	}

	/**
	 * PUTs, wrapping the body if needed, and returns the unwrapped result.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options body, query parameters and headers
	 * @return the entity
	 */
	public JsonNode rput(Object urlOrResource, RequestOptions options) {
		return wrapped("PUT", ResourceUrls.urlOf(urlOrResource, "rput"), options);
	}

	/**
	 * PUTs an entity and converts the unwrapped result.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param body the bare entity
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rput(Object urlOrResource, Object body, Class<T> type) {
		return convert(rput(urlOrResource, body), type);
	}

	/**
	 * PUTs and converts the unwrapped result.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options body, query parameters and headers
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rput(Object urlOrResource, RequestOptions options, Class<T> type) {
		return convert(rput(urlOrResource, options), type);
	}

	/**
	 * PATCHes an entity, wrapping it if needed, and returns the unwrapped result.
	 * @param path a path or full URL
	 * @param body the bare entity
	 * @return the entity
	 */
	public JsonNode rpatch(String path, Object body) {
		return rpatch(path, withBody(body));
	}

	/**
	 * PATCHes, wrapping the body if needed, and returns the unwrapped result.
	 * @param path a path or full URL
	 * @param options body, query parameters and headers
	 * @return the entity
	 */
	public JsonNode rpatch(String path, RequestOptions options) {
		return wrapped("PATCH", path, options);
	}

	/**
	 * PATCHes an entity and converts the unwrapped result.
	 * @param path a path or full URL
	 * @param body the bare entity
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rpatch(String path, Object body, Class<T> type) {
		return convert(rpatch(path, body), type);
	}

	/**
	 * PATCHes and converts the unwrapped result.
	 * @param path a path or full URL
	 * @param options body, query parameters and headers
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rpatch(String path, RequestOptions options, Class<T> type) {
		return convert(rpatch(path, options), type);
	}

	/**
	 * DELETEs a resource; works for any URL under the base URL.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @return the successful response
	 * @throws io.pdkit.core.PagerDutyHttpException if the status is not 2xx
	 */
	public ApiResponse rdelete(Object urlOrResource) {
		return rdelete(urlOrResource, RequestOptions.none());
	}

	/**
	 * DELETEs a resource.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options query parameters and headers
	 * @return the successful response
	 */
	public ApiResponse rdelete(Object urlOrResource, RequestOptions options) {
		return delete(ResourceUrls.urlOf(urlOrResource, "rdelete"), options).requireSuccess();
	}

	/**
	 * Streams every item of a collection lazily, one page in memory at a time. Classic
	 * pagination advances {@code offset} by the number of items received and stops when
	 * {@code more} is false, on an empty page, or (with a warning) before
	 * {@code offset + limit} would exceed 10,000. Cursor-paginated paths are streamed
	 * with {@link #iterCursor(String)}.
	 * @param path a path or full URL of a collection
	 * @return the items
	 * @throws PagerDutyUrlException if the path is unknown, an individual resource, or
	 * not paginated
	 */
	public Stream<JsonNode> iterAll(String path) {
		return iterAll(path, Map.of(), PageOptions.defaults());
	}

	/**
	 * Streams every item of a collection lazily.
	 * @param path a path or full URL of a collection
	 * @param params query parameters; collections become {@code key[]=a&key[]=b}
	 * @return the items
	 */
	public Stream<JsonNode> iterAll(String path, Map<String, ? extends @Nullable Object> params) {
		return iterAll(path, params, PageOptions.defaults());
	}

	/**
	 * Streams every item of a collection lazily.
	 * @param path a path or full URL of a collection
	 * @param params query parameters
	 * @param options page size, total and item hook
	 * @return the items
	 */
	public Stream<JsonNode> iterAll(String path, Map<String, ? extends @Nullable Object> params, PageOptions options) {
		Objects.requireNonNull(params, "params must not be null");
		Objects.requireNonNull(options, "options must not be null");
		String canonical = canonicalPath(path);
		if (this.data.obtain().cursorPaths().contains(canonical)) {
			return iterCursor(path, params, options);
		}
		String wrapper = paginatedWrapper(path, canonical);
		return ClassicPages.stream(this::fetchPage, path, canonical, wrapper, pageSize(options), options.total(),
				params, options.itemHook(), this.logger);
	}

	/**
	 * Streams every item of a collection, converted with the client's JSON mapper.
	 * @param path a path or full URL
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterAll(String path, Class<T> type) {
		return iterAll(path).map(item -> convert(item, type));
	}

	/**
	 * Streams every item of a collection, converted.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterAll(String path, Map<String, ? extends @Nullable Object> params, Class<T> type) {
		return iterAll(path, params).map(item -> convert(item, type));
	}

	/**
	 * Streams every item of a collection, converted.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param options page size, total and item hook
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterAll(String path, Map<String, ? extends @Nullable Object> params, PageOptions options,
			Class<T> type) {
		return iterAll(path, params, options).map(item -> convert(item, type));
	}

	/**
	 * Streams every item of a cursor-paginated collection lazily, one page in memory at a
	 * time.
	 * @param path a path or full URL whose canonical path supports cursor pagination
	 * @return the items
	 * @throws PagerDutyUrlException if the path does not support cursor pagination
	 */
	public Stream<JsonNode> iterCursor(String path) {
		return iterCursor(path, Map.of(), PageOptions.defaults());
	}

	/**
	 * Streams every item of a cursor-paginated collection lazily.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @return the items
	 */
	public Stream<JsonNode> iterCursor(String path, Map<String, ? extends @Nullable Object> params) {
		return iterCursor(path, params, PageOptions.defaults());
	}

	/**
	 * Streams every item of a cursor-paginated collection lazily
	 * ({@link PageOptions#total()} is ignored).
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param options page size and item hook
	 * @return the items
	 */
	public Stream<JsonNode> iterCursor(String path, Map<String, ? extends @Nullable Object> params,
			PageOptions options) {
		Objects.requireNonNull(params, "params must not be null");
		Objects.requireNonNull(options, "options must not be null");
		String canonical = canonicalPath(path);
		if (!this.data.obtain().cursorPaths().contains(canonical)) {
			throw new PagerDutyUrlException(canonical + " does not support cursor-based pagination.");
		}
		String wrapper = entityWrappers("GET", canonical).response();
		return CursorPages.stream(this::fetchPage, path, wrapper, pageSize(options), params, options.itemHook(),
				this.logger);
	}

	/**
	 * Streams every item of a cursor-paginated collection, converted.
	 * @param path a path or full URL
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterCursor(String path, Class<T> type) {
		return iterCursor(path).map(item -> convert(item, type));
	}

	/**
	 * Streams every item of a cursor-paginated collection, converted.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterCursor(String path, Map<String, ? extends @Nullable Object> params, Class<T> type) {
		return iterCursor(path, params).map(item -> convert(item, type));
	}

	/**
	 * Streams every item of a cursor-paginated collection, converted.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param options page size and item hook
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterCursor(String path, Map<String, ? extends @Nullable Object> params, PageOptions options,
			Class<T> type) {
		return iterCursor(path, params, options).map(item -> convert(item, type));
	}

	/**
	 * Returns every item of a collection in a list (see {@link #iterAll(String)}).
	 * @param path a path or full URL
	 * @return the items
	 */
	public List<JsonNode> listAll(String path) {
		return listAll(path, Map.of(), PageOptions.defaults());
	}

	/**
	 * Returns every item of a collection in a list.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @return the items
	 */
	public List<JsonNode> listAll(String path, Map<String, ? extends @Nullable Object> params) {
		return listAll(path, params, PageOptions.defaults());
	}

	/**
	 * Returns every item of a collection in a list.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param options page size, total and item hook
	 * @return the items
	 */
	public List<JsonNode> listAll(String path, Map<String, ? extends @Nullable Object> params, PageOptions options) {
		try (Stream<JsonNode> items = iterAll(path, params, options)) {
			return items.toList();
		}
	}

	/**
	 * Returns every item of a collection, converted, in a list.
	 * @param path a path or full URL
	 * @param params query parameters
	 * @param type the item type
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> List<T> listAll(String path, Map<String, ? extends @Nullable Object> params, Class<T> type) {
		try (Stream<T> items = iterAll(path, params, type)) {
			return items.toList();
		}
	}

	/**
	 * Returns every item of a collection keyed by one of its properties; a later
	 * duplicate replaces an earlier one. Items without the property are skipped.
	 * @param path a path or full URL
	 * @param by the property, for example {@code id} or {@code email}
	 * @return the items by key, in iteration order
	 */
	public Map<String, JsonNode> dictAll(String path, String by) {
		return dictAll(path, by, Map.of(), PageOptions.defaults());
	}

	/**
	 * Returns every item of a collection keyed by one of its properties.
	 * @param path a path or full URL
	 * @param by the property
	 * @param params query parameters
	 * @return the items by key
	 */
	public Map<String, JsonNode> dictAll(String path, String by, Map<String, ? extends @Nullable Object> params) {
		return dictAll(path, by, params, PageOptions.defaults());
	}

	/**
	 * Returns every item of a collection keyed by one of its properties.
	 * @param path a path or full URL
	 * @param by the property
	 * @param params query parameters
	 * @param options page size, total and item hook
	 * @return the items by key
	 */
	public Map<String, JsonNode> dictAll(String path, String by, Map<String, ? extends @Nullable Object> params,
			PageOptions options) {
		requireText(by, "by");
		Map<String, JsonNode> result = new LinkedHashMap<>();
		try (Stream<JsonNode> items = iterAll(path, params, options)) {
			items.filter(item -> item.has(by)).forEach(item -> result.put(text(item.get(by)), item));
		}
		return result;
	}

	/**
	 * Returns the total number of items of a collection with one request
	 * ({@code limit=1}, {@code offset=0}, {@code total=true}).
	 * @param path a path or full URL
	 * @return the total
	 */
	public long getTotal(String path) {
		return getTotal(path, Map.of());
	}

	/**
	 * Returns the total number of items of a collection matching the parameters.
	 * @param path a path or full URL
	 * @param params query parameters ({@code limit}, {@code offset} and {@code total} are
	 * replaced)
	 * @return the total
	 * @throws PagerDutyServerException if the response has no numeric {@code total}
	 */
	public long getTotal(String path, Map<String, ? extends @Nullable Object> params) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>(params);
		query.put("total", true);
		query.put("limit", 1);
		query.put("offset", 0);
		ApiResponse response = get(path, RequestOptions.builder().query(query).build()).requireSuccess();
		JsonNode total = response.json().get("total");
		if (total == null || !total.isIntegralNumber()) {
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"the response from endpoint GET " + canonicalPath(path) + " lacks a numeric \"total\" property"),
					response);
		}
		return total.asLong();
	}

	/**
	 * Returns how many HTTP calls this client made per {@code METHOD canonical-path}
	 * (retries included); a URL without a canonical path is counted under
	 * {@code METHOD full-url}.
	 * @return a snapshot, sorted by key
	 */
	public Map<String, Long> apiCallCounts() {
		return this.statistics.counts();
	}

	/**
	 * Returns the cumulative time of the HTTP calls per {@code METHOD canonical-path}.
	 * @return a snapshot, sorted by key
	 */
	public Map<String, Duration> apiTime() {
		return this.statistics.times();
	}

	/**
	 * Returns the number of HTTP calls made so far.
	 * @return the total count
	 */
	public long totalCallCount() {
		return apiCallCounts().values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Returns the cumulative time of all HTTP calls made so far.
	 * @return the total time
	 */
	public Duration totalCallTime() {
		return apiTime().values().stream().reduce(Duration.ZERO, Duration::plus);
	}

	/**
	 * Renames every collection-valued parameter whose name does not end in {@code []} to
	 * {@code name[]}, as REST API v2 expects
	 * ({@code statuses[]=triggered&statuses[]=acknowledged}), except the parameters the
	 * spec declares without brackets for this operation ({@code ids} of {@code GET
	 * /standards/scores/{resource_type}}). Returns a new map.
	 * @param resolved the resolved request
	 * @param query the caller's parameters (never changed)
	 * @return the parameters to send
	 */
	@Override
	protected Map<String, ? extends @Nullable Object> normalizeQuery(ResolvedRequest resolved,
			Map<String, ? extends @Nullable Object> query) {
		return this.data.obtain().listParameters().normalize(resolved.method(), resolved.canonicalPath(), query);
	}

	/**
	 * Renames every collection-valued parameter whose name does not end in {@code []} to
	 * {@code name[]}.
	 * @param query the caller's parameters (never changed)
	 * @return the parameters to send
	 */
	@Override
	protected Map<String, ? extends @Nullable Object> normalizeQuery(Map<String, ? extends @Nullable Object> query) {
		return ListParameters.none().normalize("GET", null, query);
	}

	/**
	 * Converts a JSON value with the client's mapper.
	 * @param node the value
	 * @param type the target type
	 * @param <T> the target type
	 * @return the converted value
	 */
	protected <T> T convert(JsonNode node, Class<T> type) {
		Objects.requireNonNull(type, "type must not be null");
		if (type.isInstance(node)) {
			return type.cast(node);
		}
		return jsonMapper().treeToValue(node, type);
	}

	/**
	 * Returns the page size of options, or the client's default.
	 * @param options the options
	 * @return the page size
	 */
	protected int pageSize(PageOptions options) {
		return (options.pageSize() != null) ? options.pageSize() : this.defaultPageSize;
	}

	/**
	 * Returns the logger of this client class.
	 * @return the logger
	 */
	protected Logger logger() {
		return this.logger;
	}

	private String paginatedWrapper(String url, String canonical) {
		if (canonical.endsWith("}")) {
			throw new PagerDutyUrlException("Path " + canonical + " (URL=" + url + ") is formatted like an individual "
					+ "resource versus a resource collection. It is therefore assumed to not support pagination.");
		}
		String wrapper = entityWrappers("GET", canonical).response();
		if (wrapper == null) {
			throw new PagerDutyUrlException("Pagination is not supported for GET " + canonical + ".");
		}
		return wrapper;
	}

	private ApiResponse fetchPage(String url, Map<String, ? extends @Nullable Object> query, String context) {
		return get(url, RequestOptions.builder().query(query).build()).requireSuccess(context);
	}

	private JsonNode plain(String method, String url, RequestOptions options) {
		return request(method, url, options).requireSuccess().json();
	}

	private JsonNode wrapped(String method, String url, RequestOptions options) {
		Objects.requireNonNull(options, "options must not be null");
		ResolvedRequest resolved = resolve(method, url);
		Endpoint endpoint = resolved.endpoint();
		if (endpoint == null) {
			this.data.obtain().paths().match(resolved.relativePath(), ErrorMessages.displayUrl(resolved.uri()));
			throw new IllegalStateException("No endpoint for " + resolved.relativePath());
		}
		RequestOptions toSend = options;
		if (options.body() != null && endpoint.requestWrapper() != null && !resolved.method().equals("GET")) {
			toSend = options.toBuilder()
				.body(EntityWrapping.wrap(options.body(), endpoint.requestWrapper(), jsonMapper()))
				.build();
		}
		ApiResponse response = send(resolved, toSend).requireSuccess();
		return EntityWrapping.unwrap(response, endpoint.responseWrapper());
	}

	private static RequestOptions withBody(Object body) {
		if (body == null) {
			throw new IllegalArgumentException("body must not be null");
		}
		return RequestOptions.builder().body(body).build();
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : node.toString();
	}

	static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * The base of REST-style client builders: adds the auth type and the default page
	 * size.
	 *
	 * @param <C> the client type
	 * @param <B> the builder type
	 */
	public abstract static class Builder<C extends RestApiV2BaseClient, B extends Builder<C, B>>
			extends ApiClient.Builder<C, B> {

		int defaultPageSize = 100;

		AuthType authType = AuthType.TOKEN;

		/**
		 * Starts a builder with {@link AuthType#TOKEN}.
		 * @param api the API definition
		 * @param credentials the credential source
		 */
		protected Builder(ApiDefinition api, CredentialSource credentials) {
			super(api, credentials);
			authMethod(AuthMethod.header(AuthType.TOKEN));
		}

		/**
		 * Starts a builder holding a client's settings.
		 * @param source the client
		 */
		protected Builder(RestApiV2BaseClient source) {
			super(source);
			this.defaultPageSize = source.defaultPageSize;
			this.authType = source.authType;
		}

		/**
		 * Sets how the credential is put into the {@code Authorization} header (default
		 * {@link AuthType#TOKEN}).
		 * @param authType the auth type
		 * @return this builder
		 */
		@SuppressWarnings("unchecked")
		public B authType(AuthType authType) {
			this.authType = Objects.requireNonNull(authType, "authType must not be null");
			return authMethod(AuthMethod.header(authType));
		}

		/**
		 * Sets the page size of the pagination methods (default 100).
		 * @param defaultPageSize at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if less than 1
		 */
		@SuppressWarnings("unchecked")
		public B defaultPageSize(int defaultPageSize) {
			if (defaultPageSize < 1) {
				throw new IllegalArgumentException("defaultPageSize must be at least 1, was " + defaultPageSize);
			}
			this.defaultPageSize = defaultPageSize;
			return (B) this;
		}

	}

}
