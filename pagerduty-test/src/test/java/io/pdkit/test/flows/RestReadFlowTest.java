package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.PageOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class RestReadFlowTest {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record UserView(String id, String name, String email, String role) {
	}

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = FlowClients.rest(sim, sleeps).build();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	private String userId(String email) {
		return client.jget("/users", RequestOptions.builder().queryParam("query", email).build())
			.path("users")
			.path(0)
			.path("id")
			.asString();
	}

	@Test
	void getWhenUserIsUnknownShouldReturnThe404WithoutThrowing() {
		ApiResponse response = client.get("/users/PNOSUCH");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isSuccess()).isFalse();
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2100);
		assertThat(response.requestId()).contains(sim.lastRequest().requestId());
	}

	@Test
	void jgetOfUsersMeShouldReturnTheWholeBodyAndSendTheClientHeaders() {
		JsonNode body = client.jget("/users/me");

		assertThat(body.path("user").path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(body.path("user").path("name").asString()).isEqualTo("Ada Lovelace");
		ReceivedRequest sent = sim.lastRequest();
		assertThat(sent.method()).isEqualTo("GET");
		assertThat(sent.target()).isEqualTo("/users/me");
		assertThat(sent.header("Authorization")).isEqualTo("Token token=" + sim.apiKey());
		assertThat(sent.header("Accept")).isEqualTo("application/vnd.pagerduty+json;version=2");
		assertThat(sent.header("From")).isEqualTo(sim.ownerEmail());
		assertThat(sent.body()).isEmpty();
	}

	@Test
	void rgetOfUsersMeShouldUnwrapTheUser() {
		JsonNode me = client.rget("/users/me");

		assertThat(me.path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(me.has("user")).isFalse();
	}

	@Test
	void rgetOfAUserByIdShouldUnwrapAndSendIncludeAsAnArrayParameter() {
		String graceId = userId("grace@pdkit.example");

		JsonNode grace = client.rget("users/" + graceId,
				RequestOptions.builder().queryParam("include", List.of("contact_methods")).build());

		assertThat(grace.path("id").asString()).isEqualTo(graceId);
		assertThat(grace.path("name").asString()).isEqualTo("Grace Hopper");
		assertThat(sim.lastRequest().target()).isEqualTo("/users/" + graceId + "?include%5B%5D=contact_methods");
		assertThat(sim.lastRequest().queryParams()).containsExactly(Map.entry("include[]", List.of("contact_methods")));
	}

	@Test
	void rgetOfAResourceShouldFollowItsSelfUrl() {
		JsonNode alan = client.find("users", "alan@pdkit.example", "email").orElseThrow();
		assertThat(alan.path("self").asString()).isEqualTo(sim.restBaseUrl() + "/users/" + alan.path("id").asString());
		sim.clearRequests();

		JsonNode again = client.rget(alan);

		assertThat(again.path("id").asString()).isEqualTo(alan.path("id").asString());
		assertThat(sim.requests()).singleElement().satisfies(sent -> {
			assertThat(sent.method()).isEqualTo("GET");
			assertThat(sent.target()).isEqualTo("/users/" + alan.path("id").asString());
		});
	}

	@Test
	void rgetAndListAllWithATypeShouldConvertTheEntities() {
		UserView me = client.rget("/users/me", UserView.class);

		assertThat(me.name()).isEqualTo("Ada Lovelace");
		assertThat(me.email()).isEqualTo(sim.ownerEmail());
		assertThat(me.role()).isEqualTo("owner");
		assertThat(client.listAll("users", Map.of("query", "pdkit.example"), UserView.class)).extracting(UserView::role)
			.containsExactly("owner", "admin", "user", "limited_user");
	}

	@Test
	void rgetWhenUserIsUnknownShouldRaiseWithTheSimulatorsError() {
		assertThatThrownBy(() -> client.rget("/users/PNOSUCH"))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
				assertThat(e.status()).isEqualTo(404);
				assertThat(e.requestId()).contains(sim.lastRequest().requestId());
			})
			.hasMessageStartingWith(
					"GET " + sim.restBaseUrl() + "/users/PNOSUCH: API responded with client error " + "(status 404): ")
			.hasMessageContaining("\"code\":2100");
	}

	@Test
	void apiCallCountsShouldBeKeyedByCanonicalPaths() {
		String graceId = userId("grace@pdkit.example");
		client.rget("/users/" + graceId);
		client.rget("users/" + userId("alan@pdkit.example"));
		client.jget("/users/me");
		client.listAll("users", Map.of(), PageOptions.builder().pageSize(3).build());
		client.get("/users/PNOSUCH");

		assertThat(client.apiCallCounts()).containsExactly(Map.entry("GET /users", 4L), Map.entry("GET /users/me", 1L),
				Map.entry("GET /users/{id}", 3L));
		assertThat(client.totalCallCount()).isEqualTo(sim.requests().size()).isEqualTo(8);
	}

}
