package io.pdkit.test.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import tools.jackson.databind.JsonNode;

/** Operations without a stateful route are answered by the spec-driven store. */
class SpecStoreTest {

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	@BeforeEach
	void start() {
		sim = PagerDutySimulator.builder().start();
		client = RestApiV2Client.builder(sim.apiKey())
			.baseUrl(sim.restBaseUrl())
			.defaultFrom(sim.ownerEmail())
			.sleeper(duration -> {
			})
			.build();
	}

	@AfterEach
	void stop() {
		client.close();
		sim.close();
	}

	@Test
	void businessServiceWhenCreatedUpdatedAndDeletedShouldBehaveLikeAResource() {
		ApiResponse created = client.post("/business_services",
				RequestOptions.builder()
					.body(Map.of("business_service", Map.of("name", "Checkout", "description", "Pays")))
					.build());
		JsonNode service = created.json().path("business_service");
		String id = service.path("id").asString();

		assertThat(created.status()).isEqualTo(200);
		assertThat(id).matches("P[A-Z0-9]{6}");
		assertThat(service.path("name").asString()).isEqualTo("Checkout");
		assertThat(client.rget("/business_services/" + id).path("description").asString()).isEqualTo("Pays");

		client.rput("/business_services/" + id, Map.of("business_service", Map.of("name", "Checkout v2")));
		JsonNode updated = client.rget("/business_services/" + id);
		assertThat(updated.path("name").asString()).isEqualTo("Checkout v2");
		assertThat(updated.path("description").asString()).isEqualTo("Pays");

		List<String> names = client.listAll("/business_services").stream().map(s -> s.path("name").asString()).toList();
		assertThat(names).containsExactly("Checkout v2");

		assertThat(client.delete("/business_services/" + id).status()).isEqualTo(204);
		assertThat(client.get("/business_services/" + id).status()).isEqualTo(404);
	}

	@Test
	void getItemWhenNothingIsStoredShouldAnswerTheSameGeneratedObjectForTheSameId() {
		JsonNode first = client.rget("/business_services/PFIRST1");
		JsonNode again = client.rget("/business_services/PFIRST1");

		assertThat(first.path("id").asString()).isEqualTo("PFIRST1");
		assertThat(again).isEqualTo(first);
	}

	@Test
	void cursorListWhenEmptyShouldPageThroughAGeneratedSet() {
		ApiResponse first = client.get("/incident_workflows/actions",
				RequestOptions.builder().queryParam("limit", 2).build());
		String cursor = first.json().path("next_cursor").asString();
		ApiResponse second = client.get("/incident_workflows/actions",
				RequestOptions.builder().queryParam("limit", 2).queryParam("cursor", cursor).build());

		assertThat(first.json().path("actions")).hasSize(2);
		assertThat(first.json().path("limit").asInt()).isEqualTo(2);
		assertThat(cursor).isNotEmpty();
		assertThat(second.json().path("actions")).hasSize(1);
		assertThat(second.json().path("next_cursor").isNull()).isTrue();
	}

	@Test
	void resetWhenObjectsWereStoredShouldForgetThem() {
		String id = client.rpost("/business_services", Map.of("business_service", Map.of("name", "Gone")))
			.path("id")
			.asString();

		sim.reset();

		assertThat(client.rget("/business_services/" + id).path("name").asString()).isNotEqualTo("Gone");
	}

}
