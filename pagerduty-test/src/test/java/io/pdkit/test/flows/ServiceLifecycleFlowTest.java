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

import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class ServiceLifecycleFlowTest {

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

	private JsonNode createService(String name) {
		String policyId = client.find("escalation_policies", "Platform On-Call").orElseThrow().path("id").asString();
		return client.rpost("services", Map.of("type", "service", "name", name, "escalation_policy",
				Map.of("id", policyId, "type", "escalation_policy_reference")));
	}

	@Test
	void newServiceWithAnIntegrationShouldTakeEventsUntilItIsDeleted() {
		JsonNode service = createService("Search API");
		String serviceId = service.path("id").asString();
		JsonNode integration = client.rpost("services/" + serviceId + "/integrations",
				Map.of("type", "events_api_v2_inbound_integration"));
		String routingKey = integration.path("integration_key").asString();
		EventsApiV2Client events = EventsApiV2Client.builder(routingKey)
			.baseUrl(sim.eventsBaseUrl())
			.sleeper(sleeps::add)
			.build();

		String dedupKey = events.trigger("Search latency high", "search-1");

		assertThat(sim.routingKeys()).contains(routingKey);
		assertThat(client.listAll("incidents", Map.of("service_ids", List.of(serviceId))))
			.extracting(incident -> incident.path("incident_key").asString())
			.containsExactly(dedupKey);
		assertThat(client.rget("services/" + serviceId + "/integrations/" + integration.path("id").asString())
			.path("integration_key")
			.asString()).isEqualTo(routingKey);

		ApiResponse deleted = client.rdelete(service);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(sim.lastRequest().method()).isEqualTo("DELETE");
		assertThat(sim.lastRequest().target()).isEqualTo("/services/" + serviceId);
		assertThatThrownBy(() -> client.rget(service)).isInstanceOfSatisfying(PagerDutyHttpException.class,
				e -> assertThat(e.status()).isEqualTo(404));
		assertThatThrownBy(() -> events.trigger("Search latency high", "search-1"))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> assertThat(e.status()).isEqualTo(400))
			.hasMessageContaining("errors: [Invalid routing key]");
		events.close();
	}

	@Test
	void jpostAndJputShouldSendBodiesAsTheyAre() {
		String policyId = client.find("escalation_policies", "Payments On-Call").orElseThrow().path("id").asString();

		JsonNode created = client.jpost("services", Map.of("service", Map.of("type", "service", "name", "Billing",
				"escalation_policy", Map.of("id", policyId, "type", "escalation_policy_reference"))));
		String id = created.path("service").path("id").asString();
		JsonNode updated = client.jput("services/" + id, Map.of("service", Map.of("description", "Invoices")));

		assertThat(created.path("service").path("name").asString()).isEqualTo("Billing");
		assertThat(updated.path("service").path("description").asString()).isEqualTo("Invoices");
		assertThat(client.jsonMapper().readTree(sim.lastRequest().body()))
			.isEqualTo(client.jsonMapper().readTree("{\"service\":{\"description\":\"Invoices\"}}"));
	}

	@Test
	void rpostOfADuplicateServiceNameShouldRaiseTheSimulatorsRefusal() {
		assertThatThrownBy(() -> createService("checkout api")).isInstanceOfSatisfying(PagerDutyHttpException.class,
				e -> {
					assertThat(e.status()).isEqualTo(400);
					assertThat(e.response().orElseThrow().json().path("error").path("errors").path(0).asString())
						.isEqualTo("Name has already been taken");
				});
	}

	@Test
	void oncallsAndContactMethodsShouldBeListed() {
		String policyId = client.find("escalation_policies", "Payments On-Call").orElseThrow().path("id").asString();
		JsonNode grace = client.find("users", "grace@pdkit.example", "email").orElseThrow();

		List<JsonNode> oncalls = client.listAll("oncalls", Map.of("escalation_policy_ids", List.of(policyId)));
		List<JsonNode> methods = client.listAll("users/" + grace.path("id").asString() + "/contact_methods");

		assertThat(oncalls)
			.extracting(oncall -> oncall.path("escalation_level").asInt() + " "
					+ oncall.path("user").path("summary").asString())
			.containsExactly("1 Alan Turing", "2 Ada Lovelace");
		assertThat(sim.requests().get(2).queryParams().get("escalation_policy_ids[]")).containsExactly(policyId);
		assertThat(methods).singleElement()
			.satisfies(method -> assertThat(method.path("address").asString()).isEqualTo("grace@pdkit.example"));
	}

	@Test
	void bearerHeaderWhenItCarriesTheApiKeyShouldAuthenticate() {
		RestApiV2Client bearer = RestApiV2Client.builder(sim.apiKey())
			.authType(AuthType.BEARER)
			.baseUrl(sim.restBaseUrl())
			.sleeper(sleeps::add)
			.build();

		assertThat(bearer.rget("/users/me").path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(sim.lastRequest().header("Authorization")).isEqualTo("Bearer " + sim.apiKey());
		bearer.close();
	}

	@Test
	void bearerTokenWhenTheSimulatorNeverIssuedItShouldAnswer401() {
		RestApiV2Client stranger = RestApiV2Client.builder("oauth-access-token-5150")
			.authType(AuthType.BEARER)
			.baseUrl(sim.restBaseUrl())
			.sleeper(sleeps::add)
			.build();

		assertThatThrownBy(() -> stranger.rget("/users/me")).isInstanceOf(PagerDutyHttpException.class)
			.satisfies(e -> assertThat(((PagerDutyHttpException) e).status()).isEqualTo(401));
		stranger.close();
	}

}
