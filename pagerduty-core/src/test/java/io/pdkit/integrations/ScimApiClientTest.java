package io.pdkit.integrations;

import java.util.List;
import java.util.Map;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScimApiClientTest extends IntegrationStub {

	private ScimApiClient client() {
		return ScimApiClient.builder(API_KEY).baseUrl(baseUrl("/scim/v2")).build();
	}

	private static String page(int startIndex, String... ids) {
		StringBuilder resources = new StringBuilder();
		for (String id : ids) {
			resources.append(resources.isEmpty() ? "" : ",").append("{'id':'").append(id).append("'}");
		}
		return "{'schemas':['urn:ietf:params:scim:api:messages:2.0:ListResponse'],'totalResults':5,'itemsPerPage':"
				+ ids.length + ",'startIndex':" + startIndex + ",'Resources':[" + resources + "]}";
	}

	@Test
	void listUsersWhenFiveUsersInPagesOfTwoShouldRequestIndexesOneThreeFive() throws Exception {
		enqueueJson(page(1, "U1", "U2"));
		enqueueJson(page(3, "U3", "U4"));
		enqueueJson(page(5, "U5"));
		try (ScimApiClient scim = client()) {
			List<JsonNode> users = scim.listUsers(null, 1, 2);

			assertThat(users).extracting(user -> user.get("id").asString())
				.containsExactly("U1", "U2", "U3", "U4", "U5");
		}
		RecordedRequest first = take();
		assertThat(first.getTarget()).isEqualTo("/scim/v2/Users?startIndex=1&count=2");
		assertThat(first.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(take().getTarget()).isEqualTo("/scim/v2/Users?startIndex=3&count=2");
		assertThat(take().getTarget()).isEqualTo("/scim/v2/Users?startIndex=5&count=2");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void listUsersWhenFilteredShouldSendTheFilter() throws Exception {
		enqueueJson("{'totalResults':1,'itemsPerPage':1,'Resources':[{'id':'U1'}]}");
		try (ScimApiClient scim = client()) {
			assertThat(scim.listUsers("userName eq \"ada@example.com\"")).hasSize(1);
		}
		assertThat(take().getTarget())
			.isEqualTo("/scim/v2/Users?startIndex=1&count=100&filter=userName%20eq%20%22ada%40example.com%22");
	}

	@Test
	void listUsersWhenItemsPerPageIsZeroShouldAdvanceByTheUsersReceived() throws Exception {
		enqueueJson("{'totalResults':3,'itemsPerPage':0,'Resources':[{'id':'U1'},{'id':'U2'}]}");
		enqueueJson("{'totalResults':3,'itemsPerPage':0,'Resources':[{'id':'U3'}]}");
		try (ScimApiClient scim = client()) {
			assertThat(scim.listUsers(null, 1, 2)).hasSize(3);
		}
		assertThat(take().getTarget()).isEqualTo("/scim/v2/Users?startIndex=1&count=2");
		assertThat(take().getTarget()).isEqualTo("/scim/v2/Users?startIndex=3&count=2");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void listUsersWhenPageEmptyBeforeTotalShouldStop() throws Exception {
		enqueueJson("{'totalResults':50,'itemsPerPage':0,'Resources':[]}");
		try (ScimApiClient scim = client()) {
			assertThat(scim.listUsers()).isEmpty();
		}
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void listUsersWhenPageSizeOrStartIndexBelowOneShouldNameTheArgument() {
		try (ScimApiClient scim = client()) {
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> scim.listUsers(null, 1, 0))
				.withMessage("pageSize must be at least 1, was 0");
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> scim.listUsers(null, 0, 10))
				.withMessage("startIndex must be at least 1, was 0");
		}
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ScimApiClient.builder(API_KEY).defaultPageSize(0))
			.withMessage("defaultPageSize must be at least 1, was 0");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void listUsersWhenResourcesNotAnArrayShouldRaiseServerException() {
		enqueueJson("{'totalResults':1,'Resources':{'id':'U1'}}");
		try (ScimApiClient scim = client()) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(scim::listUsers)
				.withMessageContaining("\"Resources\" to be an array in SCIM list users pagination");
		}
	}

	@Test
	void getAndPostWhenUserShouldSendBearerAndBodyAsIs() throws Exception {
		enqueueJson("{'id':'U1','userName':'ada@example.com'}");
		enqueueJson(201, "{'id':'U2','userName':'bob@example.com'}");
		try (ScimApiClient scim = ScimApiClient.builder("app-oauth-token-5555")
			.authType(AuthType.BEARER)
			.baseUrl(baseUrl("/scim/v2"))
			.build()) {
			assertThat(scim.get("/Users/U1").requireSuccess().json().get("userName").asString())
				.isEqualTo("ada@example.com");
			JsonNode created = scim
				.post("/Users", RequestOptions.builder().body(Map.of("userName", "bob@example.com")).build())
				.requireSuccess()
				.json();
			assertThat(created.get("id").asString()).isEqualTo("U2");
			assertThat(scim.authType()).isEqualTo(AuthType.BEARER);
		}
		RecordedRequest get = take();
		assertThat(get.getTarget()).isEqualTo("/scim/v2/Users/U1");
		assertThat(get.getHeaders().get("Authorization")).isEqualTo("Bearer app-oauth-token-5555");
		RecordedRequest post = take();
		assertThat(post.getMethod()).isEqualTo("POST");
		assertThat(body(post)).isEqualTo(json("{'userName':'bob@example.com'}"));
	}

}
