package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;

@ExtendWith(PagerDutySimulatorExtension.class)
class AccountFlowTest {

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
	void accountHasAbilityShouldBeTrueFor204AndFalseFor402() {
		assertThat(client.accountHasAbility("teams")).isTrue();
		assertThat(client.accountHasAbility("event_rules")).isFalse();
		assertThat(sim.requests()).extracting(request -> request.path())
			.containsExactly("/abilities/teams", "/abilities/event_rules");
	}

	@Test
	void accountHasAbilityWhenAbilityIsUnknownShouldRaiseNamingIt() {
		assertThatThrownBy(() -> client.accountHasAbility("time_travel"))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> assertThat(e.status()).isEqualTo(404))
			.hasMessage("Invalid or unknown ability \"time_travel\"; API responded with status 404 Not Found.");
	}

	@Test
	void apiKeyAccessWithAUserKeyShouldBeUserAndAskOnlyOnce() {
		assertThat(client.apiKeyAccess()).contains("user");
		assertThat(client.apiKeyAccess()).contains("user");
		assertThat(sim.requests()).singleElement()
			.satisfies(request -> assertThat(request.target()).isEqualTo("/users/me"));
	}

	@Test
	void subdomainShouldComeFromTheFirstUsersHtmlUrlOnce() {
		assertThat(client.subdomain()).isEqualTo("pdkit-sim");
		assertThat(client.subdomain()).isEqualTo("pdkit-sim");
		assertThat(sim.requests()).singleElement()
			.satisfies(request -> assertThat(request.target()).isEqualTo("/users?limit=1"));
	}

}
