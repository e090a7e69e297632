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
import org.junit.jupiter.api.extension.RegisterExtension;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import tools.jackson.databind.JsonNode;

class AccountLevelKeyFlowTest {

	private static final String ACCOUNT_KEY = "u+account-level-key-7391";

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().apiKey(ACCOUNT_KEY).accountLevelKey(true));

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

	@Test
	void apiKeyAccessWithAnAccountLevelKeyShouldBeAccountAndAskOnlyOnce() {
		assertThat(client.apiKeyAccess()).contains("account");
		assertThat(client.apiKeyAccess()).contains("account");
		assertThat(sim.requests()).hasSize(1);
		assertThat(sim.lastRequest().header("Authorization")).isEqualTo("Token token=" + ACCOUNT_KEY);
	}

	@Test
	void rpostIncidentWithAnAccountLevelKeyShouldActAsTheFromUser() {
		String serviceId = client.find("services", "Web Frontend").orElseThrow().path("id").asString();

		JsonNode incident = client.rpost("incidents", Map.of("type", "incident", "title", "CDN purge stuck", "service",
				Map.of("id", serviceId, "type", "service_reference")));

		assertThat(incident.path("status").asString()).isEqualTo("triggered");
		JsonNode trigger = client.listAll("incidents/" + incident.path("id").asString() + "/log_entries").get(0);
		assertThat(trigger.path("agent").path("summary").asString()).isEqualTo("Ada Lovelace");
	}

	@Test
	void wrongApiKeyShouldRaise401WithTheKeyMaskedAndNoRetry() {
		RestApiV2Client wrong = RestApiV2Client.builder("not-the-key-4242")
			.baseUrl(sim.restBaseUrl())
			.sleeper(sleeps::add)
			.build();

		assertThatThrownBy(() -> wrong.rget("/users/me")).isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
			assertThat(e.status()).isEqualTo(401);
			assertThat(e.requestId()).contains(sim.lastRequest().requestId());
		})
			.hasMessageStartingWith("GET " + sim.restBaseUrl() + "/users/me: Received 401 Unauthorized response")
			.hasMessageContaining("(*4242)")
			.hasMessageNotContaining("not-the-key");
		assertThat(sim.requests()).hasSize(1);
		assertThat(sleeps).isEmpty();
		assertThat(wrong.toString()).doesNotContain("not-the-key");
		wrong.close();
	}

}
