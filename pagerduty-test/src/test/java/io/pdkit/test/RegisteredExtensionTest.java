package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionTest {

	@RegisterExtension
	static final PagerDutySimulatorExtension PAGER_DUTY = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().seed(Seed.EMPTY).apiKey("strict-key"));

	@Test
	void registeredSettingsShouldApply(PagerDutySimulator sim) {
		assertThat(sim.apiKey()).isEqualTo("strict-key");
		assertThat(SimHttp.rest(sim).get("/users?total=true").json().path("total").asInt()).isEqualTo(1);
		assertThat(SimHttp.rest(sim).get("/incidents").json().path("incidents")).isEmpty();
		assertThat(SimHttp.bare(sim.restBaseUrl()).header("Authorization", "Token token=other").get("/users").status())
			.isEqualTo(401);
	}

	@Test
	void routingKeyWhenAccountHasNoIntegrationShouldExplain(PagerDutySimulator sim) {
		assertThat(sim.routingKeys()).isEmpty();
		assertThatThrownBy(sim::routingKey).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no Events API v2 integration");
	}

}
