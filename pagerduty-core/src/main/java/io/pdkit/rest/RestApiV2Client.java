package io.pdkit.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.core.internal.ErrorMessages;
import io.pdkit.rest.internal.HistoryWalk;
import io.pdkit.rest.internal.RestApiData;
import io.pdkit.rest.internal.SpecialPages;
import io.pdkit.rest.typed.EscalationPolicies;
import io.pdkit.rest.typed.Incidents;
import io.pdkit.rest.typed.MaintenanceWindows;
import io.pdkit.rest.typed.OnCalls;
import io.pdkit.rest.typed.Priorities;
import io.pdkit.rest.typed.Schedules;
import io.pdkit.rest.typed.Services;
import io.pdkit.rest.typed.Teams;
import io.pdkit.rest.typed.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PagerDuty REST API v2 client. Immutable and thread-safe; one instance can serve a
 * whole application.
 *
 * <pre>{@code
 * try (RestApiV2Client client = RestApiV2Client.builder(apiKey).defaultFrom("admin@example.com").build()) {
 *     JsonNode me = client.rget("/users/me");
 *     client.iterAll("incidents", Map.of("statuses", List.of("triggered", "acknowledged")))
 *           .forEach(incident -> System.out.println(incident.get("title").asString()));
 *     Optional<JsonNode> team = client.find("teams", "Operations");
 *     client.incidents().list(IncidentFilter.create().statuses(Incident.Status.TRIGGERED))
 *           .forEach(incident -> client.incidents().acknowledge(incident.id()));
 * }
 * }</pre>
 */
public final class RestApiV2Client extends RestApiV2BaseClient {

	/**
	 * The definition of REST API v2: base URLs, methods, the PagerDuty v2 {@code Accept}
	 * header.
	 */
	public static final ApiDefinition API = new ApiDefinition("rest", "https://api.pagerduty.com",
			"https://api.eu.pagerduty.com", Set.of("GET", "PATCH", "POST", "PUT", "DELETE"),
			Map.of("Accept", "application/vnd.pagerduty+json;version=2"), RetrySettings.defaults());

	private static final String ACCOUNT_LEVEL = "account-level access token";

	private final @Nullable String defaultFrom;

	private final AtomicReference<@Nullable String> apiKeyAccess = new AtomicReference<>();

	private final AtomicReference<@Nullable String> subdomain = new AtomicReference<>();

	/**
	 * Creates a client for the US service region with a REST API key.
	 * @param apiKey the REST API key
	 */
	public RestApiV2Client(String apiKey) {
		this(builder(apiKey));
	}

	private RestApiV2Client(Builder builder) {
		super(builder, RestApiData::restApiV2);
		this.defaultFrom = builder.defaultFrom;
	}

	/**
	 * Starts a builder.
	 * @param apiKey the REST API key (or an OAuth token with
	 * {@code authType(AuthType.BEARER)})
	 * @return the builder
	 */
	public static Builder builder(String apiKey) {
		return new Builder(CredentialSource.of(apiKey, "apiKey"));
	}

	/**
	 * Starts a builder whose credential comes from a source, for example a
	 * self-refreshing OAuth token ({@code io.pdkit.oauth.OAuthTokenSource}) used with
	 * {@code authType(AuthType.BEARER)}.
	 * @param credentials the credential source
	 * @return the builder
	 */
	public static Builder builder(CredentialSource credentials) {
		return new Builder(java.util.Objects.requireNonNull(credentials, "credentials must not be null"));
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Returns the {@code From} header sent with every request, if set.
	 * @return the email address
	 */
	public Optional<String> defaultFrom() {
		return Optional.ofNullable(this.defaultFrom);
	}

	/**
	 * Returns the first result of {@code GET /{resource}?query=...} whose attribute
	 * equals the query, ignoring case. Paging stops as soon as it is found.
	 * @param resource the collection, for example {@code users}
	 * @param query the value to look for
	 * @return the result, if any
	 */
	public Optional<JsonNode> find(String resource, String query) {
		return find(resource, query, "name", Map.of());
	}

	/**
	 * Returns the first result whose attribute equals the query, ignoring case.
	 * @param resource the collection
	 * @param query the value to look for
	 * @param attribute the property to compare, for example {@code email}
	 * @return the result, if any
	 */
	public Optional<JsonNode> find(String resource, String query, String attribute) {
		return find(resource, query, attribute, Map.of());
	}

	/**
	 * Returns the first result whose attribute equals the query, ignoring case.
	 * @param resource the collection
	 * @param query the value to look for (sent as the {@code query} parameter)
	 * @param attribute the property to compare
	 * @param params more query parameters
	 * @return the result, if any
	 */
	public Optional<JsonNode> find(String resource, String query, String attribute,
			Map<String, ? extends @Nullable Object> params) {
		Objects.requireNonNull(query, "query must not be null");
		requireText(attribute, "attribute");
		Map<String, @Nullable Object> search = new LinkedHashMap<>(params);
		search.put("query", query);
		String wanted = query.toLowerCase(Locale.ROOT);
		try (Stream<JsonNode> results = iterAll(resource, search)) {
			return results
				.filter(result -> result.has(attribute)
						&& text(result.get(attribute)).toLowerCase(Locale.ROOT).equals(wanted))
				.findFirst();
		}
	}

	/**
	 * Creates a resource unless one with the same identifying attribute exists
	 * (idempotent create); with {@code update}, changes an existing one whose values
	 * differ. The found object is never changed.
	 * @param resource the collection, for example {@code users}
	 * @param attribute the identifying attribute, for example {@code email}
	 * @param values the resource's properties; must contain {@code attribute}
	 * @param update whether to update an existing resource
	 * @return the existing, updated or created resource
	 * @throws IllegalArgumentException if {@code values} lacks {@code attribute}
	 */
	public JsonNode persist(String resource, String attribute, JsonNode values, boolean update) {
		requireText(attribute, "attribute");
		Objects.requireNonNull(values, "values must not be null");
		if (!values.isObject() || !values.has(attribute)) {
			throw new IllegalArgumentException("Argument `values` must contain a key equal to the `attribute` argument "
					+ "(expected idempotency key: '" + attribute + "').");
		}
		Optional<JsonNode> existing = find(resource, text(values.get(attribute)), attribute);
		if (existing.isEmpty()) {
			return rpost(resource, values);
		}
		if (!update) {
			return existing.get();
		}
		ObjectNode merged = (ObjectNode) existing.get().deepCopy();
		values.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue().deepCopy()));
		return merged.equals(existing.get()) ? existing.get() : rput(existing.get(), merged);
	}

	/**
	 * Streams the historical records of an endpoint between two instants, bisecting the
	 * interval as often as needed to stay within the 10,000-record limit of classic
	 * pagination. Cursor-paginated endpoints (audit records) are streamed with
	 * {@link #iterCursor(String, Map)}.
	 * @param url the endpoint, one of {@code /incidents}, {@code /log_entries},
	 * {@code /oncalls}, {@code /change_events} or an {@code audit/records} path
	 * @param since the start
	 * @param until the end
	 * @return the records, in time order
	 * @throws PagerDutyUrlException if the endpoint has no historical records
	 */
	public Stream<JsonNode> iterHistory(String url, Instant since, Instant until) {
		return iterHistory(url, since, until, Map.of());
	}

	/**
	 * Streams the historical records of an endpoint between two instants.
	 * @param url the endpoint
	 * @param since the start
	 * @param until the end
	 * @param params more query parameters (never changed)
	 * @return the records
	 */
	public Stream<JsonNode> iterHistory(String url, Instant since, Instant until,
			Map<String, ? extends @Nullable Object> params) {
		return iterHistory(url, since, until, params, PageOptions.defaults());
	}

	/**
	 * Streams the historical records of an endpoint between two instants.
	 * @param url the endpoint
	 * @param since the start
	 * @param until the end
	 * @param params more query parameters (never changed)
	 * @param options page size, total and item hook of each walk
	 * @return the records
	 */
	public Stream<JsonNode> iterHistory(String url, Instant since, Instant until,
			Map<String, ? extends @Nullable Object> params, PageOptions options) {
		Objects.requireNonNull(since, "since must not be null");
		Objects.requireNonNull(until, "until must not be null");
		Objects.requireNonNull(params, "params must not be null");
		if (until.isBefore(since)) {
			throw new IllegalArgumentException("until must not be before since");
		}
		String path = canonicalPath(url);
		if (!apiData().historicalPaths().contains(path)) {
			throw new PagerDutyUrlException("Method iterHistory does not support endpoint GET " + path);
		}
		if (path.equals("/oncalls")) {
			logger().warn("iterHistory may yield duplicate results when used with GET /oncalls");
		}
		else if (apiData().cursorPaths().contains(path)) {
			return iterCursor(url, HistoryWalk.withInterval(params, since, until), options);
		}
		return new HistoryWalk(query -> getTotal(url, query), query -> iterAll(url, query, options), params, path,
				logger())
			.walk(since, until, 0);
	}

	/**
	 * Streams the notes of all incidents (log entries of type
	 * {@code annotate_log_entry}).
	 * @return the notes
	 */
	public Stream<JsonNode> iterIncidentNotes() {
		return iterIncidentNotes(null, Map.of());
	}

	/**
	 * Streams the notes of one incident, or of all incidents.
	 * @param incidentId the incident, or {@code null} for all
	 * @param params query parameters; {@code team_ids} is ignored (with a warning) for
	 * one incident
	 * @return the notes
	 */
	public Stream<JsonNode> iterIncidentNotes(@Nullable String incidentId,
			Map<String, ? extends @Nullable Object> params) {
		Map<String, @Nullable Object> query = new LinkedHashMap<>(params);
		String url = "/log_entries";
		if (incidentId != null) {
			requireText(incidentId, "incidentId");
			url = "/incidents/" + incidentId + "/log_entries";
			for (String key : List.of("team_ids", "team_ids[]")) {
				if (query.remove(key) != null) {
					logger().warn("iterIncidentNotes: query parameter \"{}\" will be ignored because argument "
							+ "incidentId was specified", key);
				}
			}
		}
		return iterAll(url, query).filter(entry -> "annotate_log_entry".equals(entry.path("type").asString("")));
	}

	/**
	 * Streams every alert grouping setting ({@code GET /alert_grouping_settings},
	 * paginated with {@code after}).
	 * @return the settings
	 */
	public Stream<JsonNode> iterAlertGroupingSettings() {
		return iterAlertGroupingSettings(List.of(), defaultPageSize());
	}

	/**
	 * Streams the alert grouping settings of some services.
	 * @param serviceIds the services ({@code service_ids[]}); empty for all
	 * @param pageSize the {@code limit}
	 * @return the settings
	 */
	public Stream<JsonNode> iterAlertGroupingSettings(Collection<String> serviceIds, int pageSize) {
		Objects.requireNonNull(serviceIds, "serviceIds must not be null");
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
		}
		return SpecialPages.alertGroupingSettings(this::jget, List.copyOf(serviceIds), pageSize);
	}

	/**
	 * Streams raw incident analytics ({@code POST /analytics/raw/incidents}) newest first
	 * by creation time.
	 * @param filters the {@code filters} object
	 * @return the incidents
	 */
	public Stream<JsonNode> iterAnalyticsRawIncidents(Map<String, ? extends @Nullable Object> filters) {
		return iterAnalyticsRawIncidents(filters, "desc", "created_at", defaultPageSize(), null);
	}

	/**
	 * Streams raw incident analytics, paginated with {@code starting_after}.
	 * @param filters the {@code filters} object
	 * @param order {@code asc} or {@code desc}
	 * @param orderBy the property to order by
	 * @param pageSize the {@code limit} (the API allows up to 1000)
	 * @param timeZone the {@code time_zone}, or {@code null}
	 * @return the incidents
	 */
	public Stream<JsonNode> iterAnalyticsRawIncidents(Map<String, ? extends @Nullable Object> filters, String order,
			String orderBy, int pageSize, @Nullable String timeZone) {
		Objects.requireNonNull(filters, "filters must not be null");
		requireText(order, "order");
		requireText(orderBy, "orderBy");
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
		}
		return SpecialPages.analyticsRawIncidents(this::jpost, jsonMapper().valueToTree(filters), order, orderBy,
				pageSize, timeZone);
	}

	/**
	 * Returns whether the account has an ability ({@code GET /abilities/{ability}}): 204
	 * means yes, 402 and any other status no.
	 * @param ability the ability, for example {@code teams}
	 * @return {@code true} if the account has it
	 * @throws PagerDutyHttpException on 403 (no permission) or 404 (unknown ability)
	 */
	public boolean accountHasAbility(String ability) {
		requireText(ability, "ability");
		ApiResponse response = get("/abilities/" + ability);
		return switch (response.status()) {
			case 204 -> true;
			case 403 -> throw new PagerDutyHttpException("Received 403 Forbidden response from the API. The identity "
					+ "associated with the credentials does not have permission to perform the requested action."
					+ response.requestId().map(id -> " (x-request-id: " + id + ")").orElse(""), response);
			case 404 -> throw new PagerDutyHttpException(
					"Invalid or unknown ability \"" + ability + "\"; API responded with status 404 Not Found.",
					response);
			default -> false;
		};
	}

	/**
	 * Returns whether the credential is an account-level key ({@code "account"}) or a
	 * user-level key or token ({@code "user"}), determined once with
	 * {@code GET /users/me} (400 with an account-level message means account). Empty when
	 * the API answers 400 without that message (asked again next time).
	 * @return {@code "account"} or {@code "user"}, or empty if undetermined
	 * @throws PagerDutyServerException on a 5xx (not remembered)
	 */
	public Optional<String> apiKeyAccess() {
		String known = this.apiKeyAccess.get();
		if (known != null) {
			return Optional.of(known);
		}
		ApiResponse response = get("/users/me");
		String access;
		if (response.status() == 400) {
			access = errorText(response).contains(ACCOUNT_LEVEL) ? "account" : null;
			if (access == null) {
				logger().error("Failed to obtain API key access level; the API did not respond as expected.");
				logger().debug("Body of the response: {}", response.bodyExcerpt());
			}
		}
		else if (response.status() >= 500) {
			throw new PagerDutyServerException(
					ErrorMessages.httpError(response, "determining the API key access level"), response);
		}
		else {
			access = "user";
		}
		if (access != null) {
			this.apiKeyAccess.compareAndSet(null, access);
		}
		return Optional.ofNullable(access);
	}

	/**
	 * Returns the account's subdomain (the {@code acme} of
	 * {@code https://acme.pagerduty.com}), taken once from the {@code html_url} of the
	 * first user.
	 * @return the subdomain
	 * @throws PagerDutyException if it cannot be determined
	 */
	public String subdomain() {
		String known = this.subdomain.get();
		if (known != null) {
			return known;
		}
		JsonNode users;
		try {
			users = rget("users", RequestOptions.builder().queryParam("limit", 1).build());
		}
		catch (PagerDutyException ex) {
			logger().error("Failed to obtain subdomain; encountered error.");
			throw ex;
		}
		JsonNode htmlUrl = users.path(0).path("html_url");
		if (!htmlUrl.isString()) {
			throw new PagerDutyException(
					"Cannot determine the subdomain: GET /users returned no user with an html_url");
		}
		String[] parts = htmlUrl.stringValue().split("/");
		if (parts.length < 3 || parts[2].isEmpty()) {
			throw new PagerDutyException("Cannot determine the subdomain from html_url " + htmlUrl.stringValue());
		}
		String value = parts[2].split("\\.")[0];
		this.subdomain.compareAndSet(null, value);
		return value;
	}

	/**
	 * GETs and converts the unwrapped entity to a generic type, for example a list of
	 * your own records. <pre>{@code
	 * List<MyUser> users = client.rget("/users", new ParameterizedTypeReference<List<MyUser>>() { });
	 * }</pre>
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rget(Object urlOrResource, ParameterizedTypeReference<T> type) {
		return rget(urlOrResource, RequestOptions.none(), type);
	}

	/**
	 * GETs and converts the unwrapped entity to a generic type.
	 * @param urlOrResource a path, a full URL, or a resource with a {@code self} URL
	 * @param options query parameters and headers
	 * @param type the target type
	 * @param <T> the target type
	 * @return the entity
	 */
	public <T> T rget(Object urlOrResource, RequestOptions options, ParameterizedTypeReference<T> type) {
		Objects.requireNonNull(type, "type must not be null");
		return jsonMapper().treeToValue(rget(urlOrResource, options), jsonMapper().constructType(type.getType()));
	}

	/**
	 * Streams every item of a collection, each converted to a generic type.
	 * @param path a path or full URL of a collection
	 * @param params query parameters
	 * @param type the item type, for example {@code new
	 * ParameterizedTypeReference<Map<String, Object>>() { }}
	 * @param <T> the item type
	 * @return the items
	 */
	public <T> Stream<T> iterAll(String path, Map<String, ? extends @Nullable Object> params,
			ParameterizedTypeReference<T> type) {
		Objects.requireNonNull(type, "type must not be null");
		JavaType javaType = jsonMapper().constructType(type.getType());
		return iterAll(path, params).map(item -> jsonMapper().<T>treeToValue(item, javaType));
	}

	/**
	 * Returns typed access to incidents, their notes, alerts and log entries.
	 * @return the incidents service
	 */
	public Incidents incidents() {
		return new Incidents(this);
	}

	/**
	 * Returns typed access to users, their contact methods and notification rules.
	 * @return the users service
	 */
	public Users users() {
		return new Users(this);
	}

	/**
	 * Returns typed access to services and their integrations.
	 * @return the services service
	 */
	public Services services() {
		return new Services(this);
	}

	/**
	 * Returns typed access to teams.
	 * @return the teams service
	 */
	public Teams teams() {
		return new Teams(this);
	}

	/**
	 * Returns typed access to escalation policies.
	 * @return the escalation policies service
	 */
	public EscalationPolicies escalationPolicies() {
		return new EscalationPolicies(this);
	}

	/**
	 * Returns typed access to schedules, their overrides and users.
	 * @return the schedules service
	 */
	public Schedules schedules() {
		return new Schedules(this);
	}

	/**
	 * Returns typed access to on-calls.
	 * @return the on-calls service
	 */
	public OnCalls onCalls() {
		return new OnCalls(this);
	}

	/**
	 * Returns typed access to incident priorities.
	 * @return the priorities service
	 */
	public Priorities priorities() {
		return new Priorities(this);
	}

	/**
	 * Returns typed access to maintenance windows.
	 * @return the maintenance windows service
	 */
	public MaintenanceWindows maintenanceWindows() {
		return new MaintenanceWindows(this);
	}

	private static String errorText(ApiResponse response) {
		JsonNode error;
		try {
			error = response.json().path("error");
		}
		catch (PagerDutyServerException ex) {
			return "";
		}
		if (error.isString()) {
			return error.stringValue();
		}
		return error.path("message").asString("");
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : node.toString();
	}

	/**
	 * Builds {@link RestApiV2Client}s. Not thread-safe.
	 */
	public static final class Builder extends RestApiV2BaseClient.Builder<RestApiV2Client, Builder> {

		private @Nullable String defaultFrom;

		Builder(CredentialSource credentials) {
			super(API, credentials);
		}

		Builder(RestApiV2Client source) {
			super(source);
			this.defaultFrom = source.defaultFrom;
		}

		/**
		 * Sets the {@code From} header sent with every request: the email of a user,
		 * required by some endpoints when an account-level API key is used. {@code null}
		 * removes it.
		 * @param email the user's login email, or {@code null}
		 * @return this builder
		 */
		public Builder defaultFrom(@Nullable String email) {
			if (email != null && email.isBlank()) {
				throw new IllegalArgumentException("defaultFrom must not be blank");
			}
			this.defaultFrom = email;
			return defaultHeader("From", email);
		}

		@Override
		public RestApiV2Client build() {
			return new RestApiV2Client(this);
		}

	}

}
