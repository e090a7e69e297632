package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PagerDutySimulatorExtension.class)
class RequestChecksTest {

	private static final String INCIDENT = "{\"incident\":{\"type\":\"incident\",\"title\":\"t\","
			+ "\"service\":{\"id\":\"%s\",\"type\":\"service_reference\"}}}";

	private PagerDutySimulator sim;

	@BeforeEach
	void inject(PagerDutySimulator injected) {
		this.sim = injected;
	}

	private static String serviceId(PagerDutySimulator sim) {
		return SimHttp.rest(sim).get("/services").json().path("services").path(0).path("id").asString();
	}

	@Test
	void createIncidentWhenFromHeaderMissingShouldAnswer400() {
		SimHttp.Response response = SimHttp.rest(sim)
			.without("From")
			.post("/incidents", INCIDENT.formatted(serviceId(sim)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,"
				+ "\"errors\":[\"You must specify a user's email address in the \\\"From\\\" header to perform"
				+ " this action\"]}}");
	}

	@Test
	void createIncidentWhenFromHeaderNamesNoUserShouldAnswer400() {
		SimHttp.Response response = SimHttp.rest(sim)
			.header("From", "nobody@example.com")
			.post("/incidents", INCIDENT.formatted(serviceId(sim)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("errors").path(0).asString()).contains("From");
	}

	@Test
	void writeWhenContentTypeIsNotJsonShouldAnswer415() {
		SimHttp.Response response = SimHttp.rest(sim)
			.send("POST", "/incidents", INCIDENT.formatted(serviceId(sim)), "text/plain");

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().path("error").path("message").asString()).isEqualTo("Unsupported Media Type");
	}

	@Test
	void writeWhenBodyIsMalformedJsonShouldAnswer400() {
		SimHttp.Response response = SimHttp.rest(sim).post("/incidents", "{\"incident\":");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("errors").path(0).asString())
			.isEqualTo("Request body is not valid JSON");
	}

	@Test
	void requestWhenAcceptExcludesJsonShouldAnswer406() {
		SimHttp.Response response = SimHttp.rest(sim).header("Accept", "text/html").get("/users");

		assertThat(response.status()).isEqualTo(406);
	}

	@Test
	void requestWhenPathIsUnknownShouldAnswer404AndWrongMethod405() {
		SimHttp.Response unknown = SimHttp.rest(sim).get("/no_such_things");
		SimHttp.Response wrongMethod = SimHttp.rest(sim).send("DELETE", "/users", null, null);

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).isEqualTo("{\"error\":{\"message\":\"Not Found\",\"code\":2100}}");
		assertThat(wrongMethod.status()).isEqualTo(405);
	}

	@Test
	void everyResponseShouldCarryRequestIdAndRateLimitHeaders() {
		SimHttp.Response first = SimHttp.rest(sim).get("/users");
		SimHttp.Response second = SimHttp.rest(sim).get("/nothing");

		assertThat(first.header("x-request-id")).isNotBlank().isNotEqualTo(second.header("x-request-id"));
		assertThat(first.header("ratelimit-limit")).isEqualTo("960");
		assertThat(first.header("ratelimit-remaining")).isEqualTo("959");
		assertThat(second.header("ratelimit-remaining")).isEqualTo("958");
		assertThat(Integer.parseInt(first.header("ratelimit-reset"))).isBetween(1, 60);
		assertThat(first.header("content-type")).startsWith("application/json");
	}

}
