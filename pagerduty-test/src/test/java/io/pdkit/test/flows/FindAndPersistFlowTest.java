package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class FindAndPersistFlowTest {

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

	private List<String> methodsAndPaths() {
		return sim.requests().stream().map(request -> request.method() + " " + request.path()).toList();
	}

	@Test
	void findShouldMatchTheWholeNameIgnoringCase() {
		Optional<JsonNode> team = client.find("teams", "platform");

		assertThat(team).map(found -> found.path("name").asString()).contains("Platform");
		assertThat(sim.lastRequest().queryParam("query")).isEqualTo("platform");
	}

	@Test
	void findByEmailShouldCompareThatAttribute() {
		Optional<JsonNode> grace = client.find("users", "GRACE@PDKIT.EXAMPLE", "email");

		assertThat(grace).map(found -> found.path("name").asString()).contains("Grace Hopper");
		assertThat(sim.lastRequest().target())
			.isEqualTo("/users?limit=100&total=false&query=GRACE%40PDKIT.EXAMPLE" + "&offset=0");
	}

	@Test
	void findWhenOnlyPartOfANameMatchesShouldFindNothing() {
		assertThat(client.find("teams", "Plat")).isEmpty();
		assertThat(client.find("escalation_policies", "payments on-call")).isPresent();
		assertThat(client.find("schedules", "No Such Schedule")).isEmpty();
	}

	@Test
	void persistShouldCreateThenFindTheExistingThenUpdateOnlyWhenValuesDiffer() {
		String policyId = client.find("escalation_policies", "Payments On-Call").orElseThrow().path("id").asString();
		ObjectNode values = client.jsonMapper()
			.createObjectNode()
			.put("type", "service")
			.put("name", "Search API")
			.put("description", "v1");
		values.putObject("escalation_policy").put("id", policyId).put("type", "escalation_policy_reference");
		sim.clearRequests();

		JsonNode created = client.persist("services", "name", values, false);
		JsonNode existing = client.persist("services", "name", values, false);
		ObjectNode changed = client.jsonMapper().createObjectNode().put("name", "Search API").put("description", "v2");
		JsonNode updated = client.persist("services", "name", changed, true);
		JsonNode unchanged = client.persist("services", "name", changed, true);

		assertThat(created.path("name").asString()).isEqualTo("Search API");
		assertThat(created.path("escalation_policy").path("id").asString()).isEqualTo(policyId);
		assertThat(existing.path("id").asString()).isEqualTo(created.path("id").asString());
		assertThat(updated.path("description").asString()).isEqualTo("v2");
		assertThat(unchanged.path("description").asString()).isEqualTo("v2");
		String id = created.path("id").asString();
		assertThat(methodsAndPaths()).containsExactly("GET /services", "POST /services", "GET /services",
				"GET /services", "PUT /services/" + id, "GET /services");
		ReceivedRequest put = sim.requests().get(4);
		assertThat(client.jsonMapper().readTree(put.body()).path("service").path("description").asString())
			.isEqualTo("v2");
		assertThat(values.path("description").asString()).isEqualTo("v1");
		assertThat(client.rget("services/" + id).path("description").asString()).isEqualTo("v2");
	}

	@Test
	void persistWhenValuesLackTheAttributeShouldRefuseBeforeSending() {
		ObjectNode values = client.jsonMapper().createObjectNode().put("description", "v1");

		assertThatThrownBy(() -> client.persist("services", "name", values, false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'name'");
		assertThat(sim.requests()).isEmpty();
	}

	@Test
	void rpostTeamThenFindShouldSeeTheNewTeam() {
		JsonNode team = client.rpost("teams", Map.of("type", "team", "name", "Search"));

		assertThat(client.find("teams", "SEARCH")).map(found -> found.path("id").asString())
			.contains(team.path("id").asString());
	}

}
