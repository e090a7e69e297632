package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

class EmptyAccountTest {

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().seed(Seed.EMPTY));

	private PagerDutySimulator sim;

	private SimHttp http;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
	}

	@Test
	void emptyAccountShouldHoldOnlyTheOwner() {
		assertThat(SimHttp.field(http.get("/users").json().path("users"), "email")).containsExactly(sim.ownerEmail());
		assertThat(http.get("/services").json().path("services")).isEmpty();
		assertThat(http.get("/incidents?date_range=all").json().path("incidents")).isEmpty();
	}

	@Test
	void teamPolicyServiceAndIntegrationCreatedOverRestShouldAcceptEvents() {
		String me = http.get("/users/me").json().path("user").path("id").asString();
		SimHttp.Response team = http.post("/teams", "{\"team\":{\"type\":\"team\",\"name\":\"SRE\"}}");
		String teamId = team.json().path("team").path("id").asString();
		SimHttp.Response policy = http.post("/escalation_policies", "{\"escalation_policy\":{"
				+ "\"type\":\"escalation_policy\",\"name\":\"SRE On-Call\",\"teams\":[{\"id\":\"" + teamId + "\","
				+ "\"type\":\"team_reference\"}]," + "\"escalation_rules\":[{\"escalation_delay_in_minutes\":10,"
				+ "\"targets\":[{\"id\":\"" + me + "\",\"type\":\"user_reference\"}]}]}}");
		String policyId = policy.json().path("escalation_policy").path("id").asString();
		String serviceId = http
			.post("/services",
					"{\"service\":{\"type\":\"service\",\"name\":\"API\",\"escalation_policy\":{\"id\":\"" + policyId
							+ "\",\"type\":\"escalation_policy_reference\"}}}")
			.json()
			.path("service")
			.path("id")
			.asString();
		SimHttp.Response integration = http.post("/services/" + serviceId + "/integrations",
				"{\"integration\":{\"type\":\"events_api_v2_inbound_integration\"}}");
		assertThat(integration.status()).as(integration.body()).isEqualTo(201);

		SimHttp.Response event = SimHttp.bare(sim.eventsBaseUrl())
			.post("/v2/enqueue",
					"{\"routing_key\":\"" + sim.routingKey()
							+ "\",\"event_action\":\"trigger\",\"payload\":{\"summary\":\"Down\","
							+ "\"source\":\"api-1\",\"severity\":\"critical\"}}");

		assertThat(team.status()).isEqualTo(201);
		assertThat(policy.status()).isEqualTo(201);
		JsonNode rule = policy.json().path("escalation_policy").path("escalation_rules").path(0);
		assertThat(rule.path("escalation_delay_in_minutes").asInt()).isEqualTo(10);
		assertThat(rule.path("targets").path(0).path("summary").asString()).isEqualTo("Ada Lovelace");
		assertThat(event.status()).isEqualTo(202);
		JsonNode incident = http.get("/incidents").json().path("incidents").path(0);
		assertThat(incident.path("assignments").path(0).path("assignee").path("id").asString()).isEqualTo(me);
		assertThat(incident.path("teams").path(0).path("id").asString()).isEqualTo(teamId);
	}

	@Test
	void createPolicyWhenTargetUnknownShouldAnswer400AndCreateNothing() {
		SimHttp.Response response = http.post("/escalation_policies", "{\"escalation_policy\":{\"name\":\"X\","
				+ "\"escalation_rules\":[{\"targets\":[{\"id\":\"PNOPE00\",\"type\":\"user_reference\"}]}]}}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(http.get("/escalation_policies").json().path("escalation_policies")).isEmpty();
		assertThat(http.post("/teams", "{\"team\":{}}").status()).isEqualTo(400);
	}

}
