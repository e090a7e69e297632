package io.pdkit.rest;

import java.util.List;
import java.util.Map;

import io.pdkit.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SpecFidelityTest extends MockServerSupport {

	@Test
	void entityWrappersWhenNameEndsInIesShouldUseTheYSingular() {
		assertThat(this.client.entityWrappers("PUT", "/escalation_policies/{id}"))
			.isEqualTo(new EntityWrappers("escalation_policy", "escalation_policy"));
		assertThat(this.client.entityWrappers("DELETE", "/escalation_policies/{id}"))
			.isEqualTo(new EntityWrappers("escalation_policy", "escalation_policy"));
		assertThat(this.client.entityWrappers("GET", "/log_entries/{id}"))
			.isEqualTo(new EntityWrappers("log_entry", "log_entry"));
		assertThat(this.client.entityWrappers("DELETE", "/sre_agent/memories/{id}"))
			.isEqualTo(new EntityWrappers("memory", "memory"));
		assertThat(this.client.entityWrappers("GET", "/status_pages/{id}/severities/{severity_id}"))
			.isEqualTo(new EntityWrappers("severity", "severity"));
	}

	@Test
	void entityWrappersWhenPathIsUnknownToTheTableShouldInferTheYSingular() {
		assertThat(this.client.entityWrappers("GET", "/priorities/{id}"))
			.isEqualTo(new EntityWrappers("priority", "priority"));
		assertThat(this.client.entityWrappers("POST", "/abilities"))
			.isEqualTo(new EntityWrappers("ability", "ability"));
	}

	@Test
	void rputWhenEscalationPolicyShouldWrapAndUnwrapEscalationPolicy() throws Exception {
		enqueueJson(json("{'escalation_policy':{'id':'PEP1','name':'Night'}}"));

		JsonNode updated = this.client.rput("/escalation_policies/PEP1", Map.of("name", "Night"));

		assertThat(updated.get("name").asString()).isEqualTo("Night");
		assertThat(body(take())).isEqualTo(json("{'escalation_policy':{'name':'Night'}}"));
	}

	@Test
	void entityWrappersWhenDeleteSpecDocumentsAnotherBodyShouldFollowTheSpec() {
		assertThat(
				this.client.entityWrappers("DELETE", "/incident_workflows/triggers/{trigger_id}/services/{service_id}"))
			.isEqualTo(new EntityWrappers("trigger", "trigger"));
		assertThat(this.client.entityWrappers("DELETE", "/oauth_delegations"))
			.isEqualTo(new EntityWrappers("status", "status"));
		assertThat(this.client.entityWrappers("DELETE",
				"/recommendations/event_orchestrations/services/{service_id}/accepted_rules/{rule_id}"))
			.isEqualTo(new EntityWrappers("status", "status"));
	}

	@Test
	void rgetWhenServiceOrchestrationActiveShouldUnwrapActive() throws Exception {
		enqueueJson(json("{'active':true}"));

		JsonNode active = this.client.rget("/event_orchestrations/services/PSV1/active");

		assertThat(active.isBoolean()).isTrue();
		assertThat(active.asBoolean()).isTrue();
		assertThat(take().getTarget()).isEqualTo("/event_orchestrations/services/PSV1/active");
	}

	@Test
	void rputWhenServiceOrchestrationActiveShouldWrapInActive() throws Exception {
		enqueueJson(json("{'active':false}"));

		JsonNode active = this.client.rput("/event_orchestrations/services/PSV1/active", false);

		assertThat(active.asBoolean()).isFalse();
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(body(request)).isEqualTo("{\"active\":false}");
	}

	@Test
	void jgetWhenStandardsScoresGetIdsShouldSendTheSpecsNameWithoutBrackets() throws Exception {
		enqueueJson(json("{'resources':[]}"));

		this.client.jget("/standards/scores/technical_services",
				RequestOptions.builder().queryParam("ids", List.of("PS1", "PS2")).build());

		assertThat(take().getTarget()).isEqualTo("/standards/scores/technical_services?ids=PS1&ids=PS2");
	}

	@Test
	void iterAllWhenIncidentsSortByIsAListShouldSendItCommaSeparatedAndOtherListsWithBrackets() throws Exception {
		enqueueJson(json("{'incidents':[],'more':false}"));

		this.client.iterAll("/incidents", Map.of("sort_by", List.of("created_at:desc", "urgency"))).toList();

		assertThat(take().getTarget())
			.isEqualTo("/incidents?limit=100&total=false&sort_by=created_at%3Adesc%2Curgency&offset=0");
	}

	@Test
	void jgetWhenSpecSaysNothingShouldKeepPythonsBracketRename() throws Exception {
		enqueueJson(json("{'users':[]}"));
		enqueueJson(json("{'resources':[]}"));

		this.client.jget("/users", RequestOptions.builder().queryParam("team_ids", List.of("PT1", "PT2")).build());
		this.client.jget("/standards/scores/technical_services",
				RequestOptions.builder().queryParam("team_ids", List.of("PT1")).build());

		assertThat(take().getTarget()).isEqualTo("/users?team_ids%5B%5D=PT1&team_ids%5B%5D=PT2");
		assertThat(take().getTarget()).isEqualTo("/standards/scores/technical_services?team_ids%5B%5D=PT1");
	}

}
