package io.pdkit.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.PagerDutyUrlException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestApiV2ClientHelpersTest extends MockServerSupport {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void findWhenMatchOnSecondPageShouldCompareCaseInsensitivelyAndStopPaging() throws Exception {
		enqueueJson(json("{'users':[{'id':'P1','email':'someone@example.com'}],'more':true}"));
		enqueueJson(json("{'users':[{'id':'P2','email':'Ann@Example.com'}],'more':true}"));
		enqueueJson(json("{'users':[{'id':'P3','email':'x@example.com'}],'more':false}"));

		Optional<JsonNode> found = this.client.find("users", "ann@example.com", "email", Map.of("query", "ignored"));

		assertThat(found).map(user -> user.get("id").asString()).contains("P2");
		assertThat(take().getTarget()).isEqualTo("/users?limit=100&total=false&query=ann%40example.com&offset=0");
		assertThat(take().getTarget()).isEqualTo("/users?limit=1&total=false&query=ann%40example.com&offset=1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void findWhenNoExactMatchShouldReturnEmpty() {
		enqueueJson(json("{'teams':[{'id':'T1','name':'Operations East'}],'more':false}"));

		assertThat(this.client.find("teams", "Operations")).isEmpty();
	}

	@Test
	void persistWhenAbsentShouldCreateWithWrappedBody() throws Exception {
		enqueueJson(json("{'users':[],'more':false}"));
		enqueueJson(201, json("{'user':{'id':'PNEW','email':'bea@example.com','name':'Bea'}}"));
		JsonNode values = MAPPER.readTree(json("{'email':'bea@example.com','name':'Bea','type':'user'}"));

		JsonNode created = this.client.persist("users", "email", values, false);

		assertThat(created.get("id").asString()).isEqualTo("PNEW");
		assertThat(take().getTarget()).isEqualTo("/users?limit=100&total=false&query=bea%40example.com&offset=0");
		RecordedRequest post = take();
		assertThat(post.getMethod()).isEqualTo("POST");
		assertThat(MAPPER.readTree(body(post))).isEqualTo(MAPPER.readTree(json("{'user':" + values + "}")));
	}

	@Test
	void persistWhenPresentAndNotUpdatingShouldReturnExistingWithoutWriting() {
		enqueueJson(json("{'users':[{'id':'P1','email':'bea@example.com','name':'Old'}],'more':false}"));
		JsonNode values = MAPPER.readTree(json("{'email':'bea@example.com','name':'New'}"));

		JsonNode result = this.client.persist("users", "email", values, false);

		assertThat(result.get("name").asString()).isEqualTo("Old");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void persistWhenPresentAndChangedShouldPutMergedObjectToSelf() throws Exception {
		String self = baseUrl() + "/users/P1";
		enqueueJson(json(
				"{'users':[{'id':'P1','email':'bea@example.com','name':'Old','self':'" + self + "'}],'more':false}"));
		enqueueJson(json("{'user':{'id':'P1','email':'bea@example.com','name':'New'}}"));
		JsonNode values = MAPPER.readTree(json("{'email':'bea@example.com','name':'New'}"));

		JsonNode result = this.client.persist("users", "email", values, true);

		assertThat(result.get("name").asString()).isEqualTo("New");
		take();
		RecordedRequest put = take();
		assertThat(put.getMethod()).isEqualTo("PUT");
		assertThat(put.getTarget()).isEqualTo("/users/P1");
		assertThat(MAPPER.readTree(body(put))).isEqualTo(MAPPER
			.readTree(json("{'user':{'id':'P1','email':'bea@example.com','name':'New','self':'" + self + "'}}")));
		assertThat(values).isEqualTo(MAPPER.readTree(json("{'email':'bea@example.com','name':'New'}")));
	}

	@Test
	void persistWhenPresentAndUnchangedShouldNotWrite() {
		enqueueJson(json("{'users':[{'id':'P1','email':'bea@example.com','name':'Same'}],'more':false}"));

		JsonNode result = this.client.persist("users", "email",
				MAPPER.readTree(json("{'email':'bea@example.com','name':'Same'}")), true);

		assertThat(result.get("id").asString()).isEqualTo("P1");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void persistWhenValuesLackAttributeShouldFailBeforeSending() {
		assertThatThrownBy(() -> this.client.persist("users", "email", MAPPER.readTree("{\"name\":\"x\"}"), false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Argument `values` must contain a key equal to the `attribute` argument "
					+ "(expected idempotency key: 'email').");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void iterHistoryWhenTotalExceedsLimitShouldBisectUntilOneSecond() throws Exception {
		Instant since = Instant.parse("2025-01-01T00:00:00Z");
		Instant until = Instant.parse("2025-01-01T00:00:02Z");
		enqueueJson(json("{'log_entries':[],'total':10002,'more':true}"));
		enqueueJson(json("{'log_entries':[],'total':1,'more':false}"));
		enqueueJson(json("{'log_entries':[{'id':'L1'}],'more':false}"));
		enqueueJson(json("{'log_entries':[],'total':10001,'more':true}"));
		enqueueJson(json("{'log_entries':[{'id':'L2'},{'id':'L3'}],'more':false}"));
		Map<String, Object> params = Map.of("is_overview", true);

		List<String> ids = this.client.iterHistory("/log_entries", since, until, params)
			.map(entry -> entry.get("id").asString())
			.toList();

		assertThat(ids).containsExactly("L1", "L2", "L3");
		assertThat(take().getTarget()).isEqualTo("/log_entries?is_overview=true&since=2025-01-01T00%3A00%3A00%2B0000"
				+ "&until=2025-01-01T00%3A00%3A02%2B0000&total=true&limit=1&offset=0");
		assertThat(take().getTarget()).contains("since=2025-01-01T00%3A00%3A00%2B0000")
			.contains("until=2025-01-01T00%3A00%3A01%2B0000")
			.contains("total=true&limit=1&offset=0");
		assertThat(take().getTarget()).isEqualTo("/log_entries?limit=100&total=false&is_overview=true"
				+ "&since=2025-01-01T00%3A00%3A00%2B0000&until=2025-01-01T00%3A00%3A01%2B0000&offset=0");
		assertThat(take().getTarget()).contains("since=2025-01-01T00%3A00%3A01%2B0000")
			.contains("until=2025-01-01T00%3A00%3A02%2B0000")
			.contains("total=true");
		assertThat(take().getTarget()).isEqualTo("/log_entries?limit=100&total=false&is_overview=true"
				+ "&since=2025-01-01T00%3A00%3A01%2B0000&until=2025-01-01T00%3A00%3A02%2B0000&offset=0");
		assertThat(this.server.getRequestCount()).isEqualTo(5);
		assertThat(params).containsOnlyKeys("is_overview");
	}

	@Test
	void iterHistoryWhenTotalIsZeroShouldYieldNothingAfterOneRequest() {
		enqueueJson(json("{'incidents':[],'total':0,'more':false}"));

		assertThat(this.client.iterHistory("incidents", Instant.EPOCH, Instant.EPOCH.plusSeconds(60))).isEmpty();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterHistoryWhenPathIsCursorBasedShouldDelegateWithSinceAndUntil() throws Exception {
		enqueueJson(json("{'records':[{'id':'R1'}],'next_cursor':null}"));

		List<JsonNode> records = this.client
			.iterHistory("/audit/records", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"),
					Map.of("actions", List.of("create")))
			.toList();

		assertThat(records).hasSize(1);
		assertThat(take().getTarget()).isEqualTo("/audit/records?limit=100&actions%5B%5D=create"
				+ "&since=2025-01-01T00%3A00%3A00%2B0000&until=2025-02-01T00%3A00%3A00%2B0000");
	}

	@Test
	void iterHistoryWhenEndpointHasNoHistoryShouldRaiseUrlError() {
		assertThatThrownBy(() -> this.client.iterHistory("/users", Instant.EPOCH, Instant.EPOCH.plusSeconds(1)))
			.isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("Method iterHistory does not support endpoint GET /users");
	}

	@Test
	void iterIncidentNotesWhenIncidentGivenShouldDropTeamIdsAndKeepOnlyNotes() throws Exception {
		enqueueJson(json("{'log_entries':[{'id':'L1','type':'annotate_log_entry'},"
				+ "{'id':'L2','type':'trigger_log_entry'}],'more':false}"));

		List<JsonNode> notes = this.client
			.iterIncidentNotes("PI1", Map.of("team_ids", List.of("T1"), "is_overview", false))
			.toList();

		assertThat(notes).extracting(note -> note.get("id").asString()).containsExactly("L1");
		assertThat(take().getTarget())
			.isEqualTo("/incidents/PI1/log_entries?limit=100&total=false&is_overview=false&offset=0");
	}

	@Test
	void accountHasAbilityWhenStatusVariesShouldMapItToAnswer() {
		enqueueEmpty(204);
		enqueueJson(402, "{}");
		enqueueJson(200, "{}");
		enqueueJson(403, "{}");
		enqueueJson(404, "{}");

		assertThat(this.client.accountHasAbility("teams")).isTrue();
		assertThat(this.client.accountHasAbility("teams")).isFalse();
		assertThat(this.client.accountHasAbility("teams")).isFalse();
		assertThatThrownBy(() -> this.client.accountHasAbility("teams")).isInstanceOf(PagerDutyHttpException.class)
			.hasMessageStartingWith("Received 403 Forbidden response from the API.");
		assertThatThrownBy(() -> this.client.accountHasAbility("nope")).isInstanceOf(PagerDutyHttpException.class)
			.hasMessage("Invalid or unknown ability \"nope\"; API responded with status 404 Not Found.");
	}

	@Test
	void accountHasAbilityWhenCalledShouldGetAbilityPath() throws Exception {
		enqueueEmpty(204);

		this.client.accountHasAbility("teams");

		assertThat(take().getTarget()).isEqualTo("/abilities/teams");
	}

	@Test
	void apiKeyAccessWhenAccountLevelShouldAnswerAccountAndRemember() throws Exception {
		enqueueJson(400, json("{'error':'Because this request was made using an account-level access token, "
				+ "we were unable to determine the user'}"));

		assertThat(this.client.apiKeyAccess()).contains("account");
		assertThat(this.client.apiKeyAccess()).contains("account");
		assertThat(take().getTarget()).isEqualTo("/users/me");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void apiKeyAccessWhenUserLevelShouldAnswerUser() {
		enqueueJson(json("{'user':{'id':'P1'}}"));

		assertThat(this.client.apiKeyAccess()).contains("user");
	}

	@Test
	void apiKeyAccessWhenObjectErrorHasAccountMessageShouldAnswerAccount() {
		enqueueJson(400, json("{'error':{'message':'account-level access token cannot use this','code':2100}}"));

		assertThat(this.client.apiKeyAccess()).contains("account");
	}

	@Test
	void apiKeyAccessWhenUnexpected400ShouldBeEmptyAndAskAgain() {
		enqueueJson(400, json("{'error':'something else'}"));
		enqueueJson(json("{'user':{'id':'P1'}}"));

		assertThat(this.client.apiKeyAccess()).isEmpty();
		assertThat(this.client.apiKeyAccess()).contains("user");
	}

	@Test
	void apiKeyAccessWhenServerErrorShouldRaise() {
		enqueueJson(503, "{}");

		assertThatThrownBy(() -> this.client.apiKeyAccess()).isInstanceOf(PagerDutyServerException.class);
	}

	@Test
	void subdomainWhenCalledTwiceShouldAskOnceAndReturnHostPrefix() throws Exception {
		enqueueJson(json("{'users':[{'id':'P1','html_url':'https://acme.eu.pagerduty.com/users/P1'}],'more':true}"));

		assertThat(this.client.subdomain()).isEqualTo("acme");
		assertThat(this.client.subdomain()).isEqualTo("acme");
		assertThat(take().getTarget()).isEqualTo("/users?limit=1");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void subdomainWhenCalledConcurrentlyShouldAgree() throws Exception {
		for (int i = 0; i < 8; i++) {
			enqueueJson(json("{'users':[{'html_url':'https://something.pagerduty.com/users/P1'}]}"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		Map<String, Boolean> answers = new ConcurrentHashMap<>();
		for (int i = 0; i < 8; i++) {
			pool.submit(() -> answers.put(this.client.subdomain(), true));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(answers).containsOnlyKeys("something");
	}

	@Test
	void subdomainWhenRequestFailsShouldRaiseAndAskAgainLater() {
		enqueueJson(403, "{}");
		enqueueJson(json("{'users':[{'html_url':'https://acme.pagerduty.com/users/P1'}]}"));

		assertThatThrownBy(() -> this.client.subdomain()).isInstanceOf(PagerDutyHttpException.class);
		assertThat(this.client.subdomain()).isEqualTo("acme");
	}

	@Test
	void iterAlertGroupingSettingsWhenAfterGivenShouldFollowIt() throws Exception {
		enqueueJson(json("{'alert_grouping_settings':[{'id':'A1'}],'after':'A1'}"));
		enqueueJson(json("{'alert_grouping_settings':[{'id':'A2'}],'after':null}"));

		List<JsonNode> settings = this.client.iterAlertGroupingSettings(List.of("S1", "S2"), 1).toList();

		assertThat(settings).hasSize(2);
		assertThat(take().getTarget())
			.isEqualTo("/alert_grouping_settings?limit=1&service_ids%5B%5D=S1&service_ids%5B%5D=S2");
		assertThat(take().getTarget())
			.isEqualTo("/alert_grouping_settings?limit=1&service_ids%5B%5D=S1&service_ids%5B%5D=S2&after=A1");
	}

	@Test
	void iterAnalyticsRawIncidentsWhenMoreShouldPostStartingAfterLast() throws Exception {
		enqueueJson(json("{'data':[{'id':'I1'}],'more':true,'last':'c1'}"));
		enqueueJson(json("{'data':[{'id':'I2'}],'more':false,'last':'c2'}"));

		List<JsonNode> incidents = this.client
			.iterAnalyticsRawIncidents(Map.of("urgency", "high"), "asc", "created_at", 1, "UTC")
			.toList();

		assertThat(incidents).hasSize(2);
		RecordedRequest first = take();
		assertThat(first.getMethod()).isEqualTo("POST");
		assertThat(first.getTarget()).isEqualTo("/analytics/raw/incidents");
		assertThat(MAPPER.readTree(body(first))).isEqualTo(MAPPER.readTree(json(
				"{'filters':{'urgency':'high'},'order':'asc','order_by':'created_at','limit':1,'time_zone':'UTC'}")));
		assertThat(MAPPER.readTree(body(take())).get("starting_after").asString()).isEqualTo("c1");
	}

}
