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

/**
 * Requests are checked against the spec before any handler runs; invalid ones get a 400
 * naming the field.
 */
class SpecRequestValidationTest {

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

	private String serviceId() {
		return client.get("/services").json().path("services").path(0).path("id").asString();
	}

	private static List<String> errors(ApiResponse response) {
		return response.json().path("error").path("errors").valueStream().map(JsonNode::asString).toList();
	}

	private int incidentCount() {
		return client.listAll("/incidents", Map.of("date_range", "all")).size();
	}

	@Test
	void postIncidentWhenTitleIsMissingShouldAnswer400NamingTheField() {
		int before = incidentCount();

		ApiResponse response = client.post("/incidents", RequestOptions.builder()
			.body(Map.of("incident",
					Map.of("type", "incident", "service", Map.of("id", serviceId(), "type", "service_reference"))))
			.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
		assertThat(response.json().path("error").path("message").asString()).isEqualTo("Invalid Input Provided");
		assertThat(errors(response)).containsExactly("incident.title is required");
		assertThat(incidentCount()).isEqualTo(before);
	}

	@Test
	void postIncidentWhenTitleIsANumberShouldAnswer400NamingTheField() {
		ApiResponse response = client.post("/incidents",
				RequestOptions.builder()
					.body(Map.of("incident",
							Map.of("type", "incident", "title", 42, "service",
									Map.of("id", serviceId(), "type", "service_reference"))))
					.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(errors(response)).singleElement().asString().startsWith("incident.title ").contains("string");
	}

	@Test
	void listIncidentsWhenAStatusIsUnknownShouldAnswer400NamingTheParameter() {
		ApiResponse response = client.get("/incidents",
				RequestOptions.builder().queryParam("statuses[]", "on_fire").build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(errors(response)).singleElement()
			.asString()
			.startsWith("statuses[] must be one of ")
			.contains("triggered")
			.endsWith("(got on_fire)");
	}

	@Test
	void listIncidentsWhenLimitIsNotANumberShouldAnswer400NamingTheParameter() {
		ApiResponse response = client.get("/incidents", RequestOptions.builder().queryParam("limit", "ten").build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(errors(response)).containsExactly("limit must be an integer (got ten)");
	}

	@Test
	void putBusinessServiceWhenNameIsAnObjectShouldAnswer400AndKeepTheStoredObject() {
		String id = client.rpost("/business_services", Map.of("business_service", Map.of("name", "Checkout")))
			.path("id")
			.asString();

		ApiResponse response = client.put("/business_services/" + id,
				RequestOptions.builder()
					.body(Map.of("business_service", Map.of("name", Map.of("first", "x"))))
					.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(errors(response)).singleElement().asString().startsWith("business_service.name ");
		assertThat(client.rget("/business_services/" + id).path("name").asString()).isEqualTo("Checkout");
	}

	@Test
	void postContactMethodWhenTypeIsSmsShouldBeAcceptedAsAPhoneBranch() {
		String userId = client.get("/users").json().path("users").path(0).path("id").asString();

		ApiResponse response = client.post("/users/" + userId + "/contact_methods", RequestOptions.builder()
			.body(Map.of("contact_method",
					Map.of("type", "sms_contact_method", "label", "Mobile", "address", "5550100", "country_code", 1)))
			.build());

		assertThat(errors(response)).isEmpty();
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().path("contact_method").path("type").asString()).isEqualTo("sms_contact_method");
	}

	@Test
	void listIncidentsWhenStatusesRepeatShouldAcceptEachValue() {
		ApiResponse response = client.get("/incidents?statuses[]=triggered&statuses[]=acknowledged");

		assertThat(response.status()).isEqualTo(200);
	}

}
