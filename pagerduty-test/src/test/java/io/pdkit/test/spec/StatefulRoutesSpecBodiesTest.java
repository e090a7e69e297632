package io.pdkit.test.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import tools.jackson.databind.JsonNode;

/**
 * Stateful routes accept what the spec declares valid, answer in the spec's shapes, and
 * keep PagerDuty's own refusals; authentication comes before validation.
 */
class StatefulRoutesSpecBodiesTest {

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

	private String openIncident(String title) {
		String service = client.get("/services").json().path("services").path(0).path("id").asString();
		return client.rpost("/incidents", Map.of("incident", Map.of("type", "incident", "title", title, "service",
				Map.of("id", service, "type", "service_reference"))))
			.path("id")
			.asString();
	}

	@Test
	void createScheduleWhenBodyHasNoLayersShouldKeepAScheduleWithNobodyOnCall() {
		JsonNode schedule = client.rpost("/schedules",
				Map.of("schedule", Map.of("type", "schedule", "time_zone", "Europe/Paris", "name", "Empty rota")));

		assertThat(schedule.path("schedule_layers").isArray()).isTrue();
		assertThat(schedule.path("schedule_layers")).isEmpty();
		assertThat(client.rget("/schedules/" + schedule.path("id").asString()).path("name").asString())
			.isEqualTo("Empty rota");
	}

	@Test
	void createOverridesWhenBodyNamesNoneShouldAnswerAnEmptyList() {
		String schedule = client.get("/schedules").json().path("schedules").path(0).path("id").asString();

		ApiResponse response = client.post("/schedules/" + schedule + "/overrides",
				RequestOptions.builder().body(Map.of()).build());

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().isArray()).isTrue();
		assertThat(response.json()).isEmpty();
	}

	@Test
	void mergeShouldAnswerTheTargetTypedAsTheSpecsIncidentReference() {
		String target = openIncident("Checkout down");
		String source = openIncident("Checkout slow");

		JsonNode merged = client
			.jput("/incidents/" + target + "/merge",
					Map.of("source_incidents", List.of(Map.of("id", source, "type", "incident_reference"))))
			.path("incident");

		assertThat(merged.path("id").asString()).isEqualTo(target);
		assertThat(merged.path("type").asString()).isEqualTo("incident_reference");
		assertThat(client.rget("/incidents/" + target).path("type").asString()).isEqualTo("incident");
	}

	@Test
	void mergeWhenSourceIsTheTargetShouldStillAnswer400() {
		String target = openIncident("Checkout down");

		ApiResponse response = client.put("/incidents/" + target + "/merge",
				RequestOptions.builder()
					.body(Map.of("source_incidents", List.of(Map.of("id", target, "type", "incident_reference"))))
					.build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("errors").path(0).asString())
			.isEqualTo("An incident cannot be merged into itself");
	}

	@Test
	void updateAlertsWhenAChangeNamesNoAlertShouldAnswer400NamingTheId() {
		String incident = openIncident("Checkout down");

		ApiResponse response = client.put("/incidents/" + incident + "/alerts",
				RequestOptions.builder().body(Map.of("alerts", List.of(Map.of("status", "resolved")))).build());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("errors").path(0).asString())
			.isEqualTo("alerts[0].id is required: it names the alert to change");
		assertThat(client.rget("/incidents/" + incident).path("status").asString()).isEqualTo("triggered");
	}

	@Test
	void createPushContactMethodShouldCarryTheDeviceTypeTheSpecRequires() {
		String user = client.get("/users").json().path("users").path(0).path("id").asString();

		JsonNode method = client.rpost("/users/" + user + "/contact_methods", Map.of("contact_method",
				Map.of("type", "push_notification_contact_method", "label", "Phone app", "address", "device-1")));

		assertThat(method.path("device_type").asString()).isEqualTo("android");
	}

	@Test
	void postWhenKeyIsWrongAndBodyInvalidShouldAnswer401BeforeValidating() {
		try (RestApiV2Client stranger = RestApiV2Client.builder("not-a-configured-key")
			.baseUrl(sim.restBaseUrl())
			.sleeper(duration -> {
			})
			.build()) {
			assertThatThrownBy(() -> stranger.request("POST", "/incidents",
					RequestOptions.builder().body(Map.of("incident", Map.of("title", 42))).build()))
				.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
					assertThat(e.status()).isEqualTo(401);
					assertThat(e.response().orElseThrow().json().path("error").path("code").asInt()).isEqualTo(2006);
				});
		}
	}

}
