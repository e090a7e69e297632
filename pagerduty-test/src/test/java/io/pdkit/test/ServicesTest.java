package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class ServicesTest {

	private PagerDutySimulator sim;

	private SimHttp http;

	private String policyId;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		sim = injected;
		http = SimHttp.rest(injected);
		policyId = http.get("/escalation_policies").json().path("escalation_policies").path(0).path("id").asString();
	}

	private SimHttp.Response create(String name) {
		return http.post("/services",
				"{\"service\":{\"type\":\"service\",\"name\":\"" + name + "\","
						+ "\"description\":\"Ships parcels\",\"escalation_policy\":{\"id\":\"" + policyId + "\","
						+ "\"type\":\"escalation_policy_reference\"}}}");
	}

	@Test
	void createServiceShouldAnswer201WrappedAndBeListed() {
		SimHttp.Response response = create("Shipping");

		assertThat(response.status()).isEqualTo(201);
		JsonNode service = response.json().path("service");
		assertThat(service.path("type").asString()).isEqualTo("service");
		assertThat(service.path("name").asString()).isEqualTo("Shipping");
		assertThat(service.path("escalation_policy").path("id").asString()).isEqualTo(policyId);
		assertThat(service.path("self").asString())
			.isEqualTo(sim.restBaseUrl() + "/services/" + service.path("id").asString());
		assertThat(SimHttp.field(http.get("/services?query=ship").json().path("services"), "name"))
			.containsExactly("Shipping");
		JsonNode audit = http.get("/audit/records?limit=1").json().path("records").path(0);
		assertThat(audit.path("action").asString()).isEqualTo("create");
		assertThat(audit.path("root_resource").path("id").asString()).isEqualTo(service.path("id").asString());
	}

	@Test
	void createServiceWhenNameTakenOrPolicyMissingShouldAnswer400() {
		assertThat(create("Checkout API").status()).isEqualTo(400);
		assertThat(http.post("/services", "{\"service\":{\"name\":\"No policy\"}}").status()).isEqualTo(400);
		assertThat(http
			.post("/services",
					"{\"service\":{\"name\":\"Bad policy\"," + "\"escalation_policy\":{\"id\":\"PNOPE00\"}}}")
			.status()).isEqualTo(400);
	}

	@Test
	void updateServiceShouldChangeFieldsAndRecordAnAudit() {
		String id = create("Shipping").json().path("service").path("id").asString();

		SimHttp.Response response = http.put("/services/" + id,
				"{\"service\":{\"name\":\"Logistics\",\"status\":\"disabled\"}}");

		assertThat(response.status()).isEqualTo(200);
		JsonNode service = response.json().path("service");
		assertThat(service.path("name").asString()).isEqualTo("Logistics");
		assertThat(service.path("summary").asString()).isEqualTo("Logistics");
		assertThat(service.path("status").asString()).isEqualTo("disabled");
		assertThat(http.get("/services/" + id).json().path("service").path("name").asString()).isEqualTo("Logistics");
		assertThat(http.get("/audit/records?limit=1").json().path("records").path(0).path("action").asString())
			.isEqualTo("update");
		assertThat(http.put("/services/PNOPE00", "{\"service\":{\"name\":\"x\"}}").status()).isEqualTo(404);
	}

	@Test
	void createIntegrationShouldIssueARoutingKeyThatTheEventsApiAccepts() {
		String id = create("Shipping").json().path("service").path("id").asString();

		SimHttp.Response created = http.post("/services/" + id + "/integrations",
				"{\"integration\":{\"type\":\"events_api_v2_inbound_integration\"}}");

		assertThat(created.status()).isEqualTo(201);
		JsonNode integration = created.json().path("integration");
		String routingKey = integration.path("integration_key").asString();
		assertThat(routingKey).hasSize(32);
		assertThat(http.get("/services/" + id + "/integrations/" + integration.path("id").asString())
			.json()
			.path("integration")).isEqualTo(integration);
		assertThat(sim.routingKeys()).contains(routingKey);
		SimHttp.Response event = SimHttp.bare(sim.eventsBaseUrl())
			.post("/v2/enqueue",
					"{\"routing_key\":\"" + routingKey
							+ "\",\"event_action\":\"trigger\",\"payload\":{\"summary\":\"Parcel lost\","
							+ "\"source\":\"depot\",\"severity\":\"warning\"}}");
		assertThat(event.status()).isEqualTo(202);
		assertThat(SimHttp.field(http.get("/incidents?service_ids[]=" + id).json().path("incidents"), "title"))
			.containsExactly("Parcel lost");
	}

	@Test
	void deleteServiceShouldAnswer204AndForgetItsRoutingKey() {
		JsonNode service = http.get("/services?query=checkout").json().path("services").path(0);
		String id = service.path("id").asString();

		SimHttp.Response response = http.send("DELETE", "/services/" + id, null, null);

		assertThat(response.status()).isEqualTo(204);
		assertThat(http.get("/services/" + id).status()).isEqualTo(404);
		assertThat(sim.routingKeys()).doesNotContain(PagerDutySimulator.DEMO_ROUTING_KEY).hasSize(2);
		assertThat(http.get("/audit/records?limit=1").json().path("records").path(0).path("action").asString())
			.isEqualTo("delete");
		assertThat(http.send("DELETE", "/services/" + id, null, null).status()).isEqualTo(404);
	}

}
