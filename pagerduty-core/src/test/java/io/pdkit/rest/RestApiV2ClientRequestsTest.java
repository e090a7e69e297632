package io.pdkit.rest;

import java.util.List;
import java.util.Map;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.Region;
import io.pdkit.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestApiV2ClientRequestsTest extends MockServerSupport {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	record User(String id, String name) {
	}

	@Test
	void jgetWhenCalledShouldSendPagerDutyHeadersAndReturnWholeBody() throws Exception {
		enqueueJson("{'user':{'id':'PABC123','name':'Ann'}}".replace('\'', '"'));

		JsonNode body = this.client.jget("/users/PABC123");

		assertThat(body.path("user").path("name").asString()).isEqualTo("Ann");
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/users/PABC123");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.pagerduty+json;version=2");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(request.getHeaders().get("From")).isNull();
	}

	@Test
	void rgetWhenResponseIsWrappedShouldReturnEntity() throws Exception {
		enqueueJson(json("{'user':{'id':'PABC123','name':'Ann'}}"));

		JsonNode user = this.client.rget("users/PABC123");

		assertThat(user.path("id").asString()).isEqualTo("PABC123");
		assertThat(take().getTarget()).isEqualTo("/users/PABC123");
	}

	@Test
	void rgetWhenGivenResourceShouldUseItsSelfUrl() throws Exception {
		enqueueJson(json("{'service':{'id':'PSVC1'}}"));
		JsonNode resource = MAPPER.readTree(json("{'id':'PSVC1','self':'" + baseUrl() + "/services/PSVC1'}"));

		JsonNode service = this.client.rget(resource);

		assertThat(service.path("id").asString()).isEqualTo("PSVC1");
		assertThat(take().getTarget()).isEqualTo("/services/PSVC1");
	}

	@Test
	void rgetWhenResourceHasNoSelfShouldRaiseUrlError() {
		JsonNode resource = MAPPER.readTree("{\"id\":\"X\"}");

		assertThatThrownBy(() -> this.client.rget(resource)).isInstanceOf(PagerDutyUrlException.class)
			.hasMessageContaining("has no 'self' key");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void rgetWhenGivenOptionsShouldSendQueryAndTypedResult() throws Exception {
		enqueueJson(json("{'user':{'id':'PABC123','name':'Ann'}}"));

		User user = this.client.rget("/users/PABC123",
				RequestOptions.builder().queryParam("include", List.of("contact_methods", "teams")).build(),
				User.class);

		assertThat(user).isEqualTo(new User("PABC123", "Ann"));
		assertThat(take().getTarget()).isEqualTo("/users/PABC123?include%5B%5D=contact_methods&include%5B%5D=teams");
	}

	@Test
	void rgetWhenWrapperMissingShouldRaiseServerError() {
		enqueueJson(json("{'users':[]}"));

		assertThatThrownBy(() -> this.client.rget("/users/PABC123")).isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("with a key \"user\", but its keys are: [users]");
	}

	@Test
	void rgetWhenNotFoundShouldRaiseHttpErrorWithStatus() {
		enqueueJson(404, json("{'error':{'message':'Not Found'}}"));

		assertThatThrownBy(() -> this.client.rget("/users/PNOPE")).isInstanceOf(PagerDutyHttpException.class)
			.satisfies(ex -> assertThat(((PagerDutyHttpException) ex).status()).isEqualTo(404))
			.hasMessageContaining("GET " + baseUrl() + "/users/PNOPE: API responded with client error (status 404)");
	}

	@Test
	void rgetWhenUrlIsUnknownShouldRaiseBeforeSending() {
		assertThatThrownBy(() -> this.client.rget("/nonexistent/path")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessageContaining("does not match any canonical API path");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void rpostWhenGivenBareEntityShouldWrapRequestAndUnwrapResponse() throws Exception {
		enqueueJson(201, json("{'user':{'id':'PNEW','name':'Bea','email':'bea@example.com'}}"));

		JsonNode created = this.client.rpost("users",
				Map.of("name", "Bea", "email", "bea@example.com", "type", "user"));

		assertThat(created.path("id").asString()).isEqualTo("PNEW");
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/users");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MAPPER.readTree(body(request)))
			.isEqualTo(MAPPER.readTree(json("{'user':{'name':'Bea','email':'bea@example.com','type':'user'}}")));
	}

	@Test
	void rpostWhenBodyAlreadyWrappedShouldSendItAsIs() throws Exception {
		enqueueJson(201, json("{'team':{'id':'PT1'}}"));
		JsonNode wrapped = MAPPER.readTree(json("{'team':{'name':'Ops'}}"));

		this.client.rpost("/teams", wrapped);

		assertThat(MAPPER.readTree(body(take()))).isEqualTo(wrapped);
		assertThat(wrapped).isEqualTo(MAPPER.readTree(json("{'team':{'name':'Ops'}}")));
	}

	@Test
	void rpostWhenPostingOverridesListShouldWrapInOverridesAndReturnPerItemStatuses() throws Exception {
		enqueueJson(201, json("[{'status':201,'override':{'id':'PO1'}},{'status':400,'errors':['overlap']}]"));
		List<Map<String, Object>> overrides = List.of(
				Map.of("start", "2026-01-01T00:00:00Z", "end", "2026-01-02T00:00:00Z", "user",
						Map.of("id", "PU1", "type", "user_reference")),
				Map.of("start", "2026-01-03T00:00:00Z", "end", "2026-01-04T00:00:00Z", "user",
						Map.of("id", "PU2", "type", "user_reference")));

		JsonNode result = this.client.rpost("/schedules/PSCHED1/overrides", overrides);

		assertThat(this.client.entityWrappers("POST", "/schedules/{id}/overrides"))
			.isEqualTo(new EntityWrappers("overrides", null));
		assertThat(result.isArray()).isTrue();
		assertThat(result.get(0).path("status").asInt()).isEqualTo(201);
		assertThat(result.get(1).path("status").asInt()).isEqualTo(400);
		RecordedRequest request = take();
		assertThat(request.getTarget()).isEqualTo("/schedules/PSCHED1/overrides");
		assertThat(MAPPER.readTree(body(request))).isEqualTo(MAPPER.readTree(json("{'overrides':["
				+ "{'start':'2026-01-01T00:00:00Z','end':'2026-01-02T00:00:00Z','user':{'id':'PU1','type':'user_reference'}},"
				+ "{'start':'2026-01-03T00:00:00Z','end':'2026-01-04T00:00:00Z','user':{'id':'PU2','type':'user_reference'}}]}")));
	}

	@Test
	void rpostWhenSubscribingToBusinessServiceShouldWrapSubscribersAndUnwrapSubscriptions() throws Exception {
		enqueueJson(json("{'subscriptions':[{'subscriber_id':'PT1','subscriber_type':'team','result':'success'}]}"));

		JsonNode subscriptions = this.client.rpost("/business_services/PBS1/subscribers",
				List.of(Map.of("subscriber_id", "PT1", "subscriber_type", "team")));

		assertThat(subscriptions.get(0).path("result").asString()).isEqualTo("success");
		RecordedRequest request = take();
		assertThat(request.getTarget()).isEqualTo("/business_services/PBS1/subscribers");
		assertThat(MAPPER.readTree(body(request)))
			.isEqualTo(MAPPER.readTree(json("{'subscribers':[{'subscriber_id':'PT1','subscriber_type':'team'}]}")));
	}

	@Test
	void rputWhenGivenResourceShouldPutToSelfWithWrappedBody() throws Exception {
		enqueueJson(json("{'user':{'id':'PU1','name':'New'}}"));
		JsonNode user = MAPPER.readTree(json("{'id':'PU1','name':'New','self':'" + baseUrl() + "/users/PU1'}"));

		JsonNode updated = this.client.rput(user, user);

		assertThat(updated.path("name").asString()).isEqualTo("New");
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getTarget()).isEqualTo("/users/PU1");
		assertThat(MAPPER.readTree(body(request)).path("user").path("name").asString()).isEqualTo("New");
	}

	@Test
	void rputWhenUpdatingSeveralIncidentsShouldWrapListInIncidentsAndSendFrom() throws Exception {
		RestApiV2Client withFrom = clientBuilder().defaultFrom("admin@example.com").build();
		enqueueJson(json("{'incidents':[{'id':'PI1','status':'resolved'},{'id':'PI2','status':'resolved'}]}"));
		List<Map<String, String>> changes = List.of(
				Map.of("id", "PI1", "type", "incident_reference", "status", "resolved"),
				Map.of("id", "PI2", "type", "incident_reference", "status", "resolved"));

		JsonNode incidents = withFrom.rput("incidents", changes);

		assertThat(incidents).hasSize(2);
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getTarget()).isEqualTo("/incidents");
		assertThat(request.getHeaders().get("From")).isEqualTo("admin@example.com");
		assertThat(MAPPER.readTree(body(request))).isEqualTo(
				MAPPER.readTree(json("{'incidents':[" + "{'id':'PI1','type':'incident_reference','status':'resolved'},"
						+ "{'id':'PI2','type':'incident_reference','status':'resolved'}]}")));
	}

	@Test
	void rputWhenEndpointAnswersWithoutBodyShouldReturnNullNode() throws Exception {
		enqueueEmpty(204);

		JsonNode result = this.client.rput("/teams/PT1/users/PU1", Map.of("role", "manager"));

		assertThat(result.isNull()).isTrue();
		assertThat(MAPPER.readTree(body(take()))).isEqualTo(MAPPER.readTree(json("{'role':'manager'}")));
	}

	@Test
	void rpatchWhenCalledShouldSendPatchWithBody() throws Exception {
		enqueueJson(json("{'id':'PC1','name':'renamed'}"));

		JsonNode connection = this.client.rpatch("/workflows/integrations/PI1/connections/PC1",
				Map.of("name", "renamed"));

		assertThat(connection.path("name").asString()).isEqualTo("renamed");
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(MAPPER.readTree(body(request))).isEqualTo(MAPPER.readTree(json("{'name':'renamed'}")));
	}

	@Test
	void rdeleteWhenSuccessfulShouldReturnResponse() throws Exception {
		enqueueEmpty(204);

		assertThat(this.client.rdelete("/users/PU1").status()).isEqualTo(204);
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/users/PU1");
	}

	@Test
	void rdeleteWhenNotFoundShouldRaiseHttpError() {
		enqueueJson(404, "{}");

		assertThatThrownBy(() -> this.client.rdelete("/users/PU1")).isInstanceOf(PagerDutyHttpException.class);
	}

	@Test
	void jpostAndJputWhenCalledShouldSendBodyUnwrapped() throws Exception {
		enqueueJson(json("{'incident':{'id':'PI1'}}"));
		enqueueJson(json("{'incident':{'id':'PI1'}}"));

		this.client.jpost("/incidents", Map.of("incident", Map.of("title", "x")));
		this.client.jput("/incidents/PI1", Map.of("incident", Map.of("status", "resolved")));

		assertThat(MAPPER.readTree(body(take()))).isEqualTo(MAPPER.readTree(json("{'incident':{'title':'x'}}")));
		assertThat(MAPPER.readTree(body(take())))
			.isEqualTo(MAPPER.readTree(json("{'incident':{'status':'resolved'}}")));
	}

	@Test
	void rgetWhenFullUrlOutsideBaseShouldRaiseUrlError() {
		assertThatThrownBy(() -> this.client.rget("https://api.pagerduty.com.evil.example/users"))
			.isInstanceOf(PagerDutyUrlException.class);
	}

	@Test
	void builderWhenRegionIsEuShouldUseEuBaseUrl() {
		try (RestApiV2Client eu = RestApiV2Client.builder(API_KEY).region(Region.EU).build();
				RestApiV2Client us = new RestApiV2Client(API_KEY)) {
			assertThat(eu.baseUrl()).isEqualTo("https://api.eu.pagerduty.com");
			assertThat(us.baseUrl()).isEqualTo("https://api.pagerduty.com");
			assertThat(eu.toString()).doesNotContain(API_KEY).contains("*opqr");
		}
	}

	@Test
	void authTypeWhenBearerShouldSendBearerHeaderAndSurviveMutate() throws Exception {
		RestApiV2Client oauth = clientBuilder().authType(AuthType.BEARER).defaultPageSize(7).build();
		RestApiV2Client copy = oauth.mutate().defaultFrom("a@example.com").build();
		enqueueJson("{}");

		copy.jget("/abilities");

		RecordedRequest request = take();
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.getHeaders().get("From")).isEqualTo("a@example.com");
		assertThat(copy.defaultPageSize()).isEqualTo(7);
		assertThat(copy.authType()).isEqualTo(AuthType.BEARER);
	}

	@Test
	void builderWhenPageSizeBelowOneShouldFailNamingArgument() {
		assertThatThrownBy(() -> RestApiV2Client.builder(API_KEY).defaultPageSize(0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("defaultPageSize");
	}

	@Test
	void apiCallCountsWhenRequestsMadeShouldCountPerCanonicalPath() {
		enqueueJson(json("{'user':{'id':'P1'}}"));
		enqueueJson(json("{'user':{'id':'P2'}}"));
		enqueueJson(404, "{}");

		this.client.rget("/users/P1");
		this.client.rget("/users/P2");
		this.client.get("/nonexistent/path");

		assertThat(this.client.apiCallCounts()).containsEntry("GET /users/{id}", 2L)
			.containsEntry("GET " + baseUrl() + "/nonexistent/path", 1L);
		assertThat(this.client.apiTime()).containsKey("GET /users/{id}");
		assertThat(this.client.totalCallCount()).isEqualTo(3);
	}

	@Test
	void getWhenQueryHasCollectionsShouldRenameKeysWithBracketsWithoutChangingCallerMap() throws Exception {
		enqueueJson("{}");
		Map<String, Object> query = new java.util.LinkedHashMap<>();
		query.put("statuses", List.of("triggered", "acknowledged"));
		query.put("team_ids[]", List.of("T1"));
		query.put("limit", 5);

		this.client.get("/incidents", RequestOptions.builder().query(query).build());

		assertThat(take().getTarget()).isEqualTo(
				"/incidents?statuses%5B%5D=triggered&statuses%5B%5D=acknowledged" + "&team_ids%5B%5D=T1&limit=5");
		assertThat(query).containsOnlyKeys("statuses", "team_ids[]", "limit");
	}

}
