package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PagerDutySimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagerDutySimulatorExtensionTest {

	private static PagerDutySimulator first;

	@Test
	@Order(1)
	void parameterShouldBeAStartedSimulator(PagerDutySimulator sim) {
		first = sim;
		assertThat(sim.isRunning()).isTrue();
		assertThat(SimHttp.rest(sim).get("/users/me").status()).isEqualTo(200);
		SimHttp.rest(sim)
			.post("/incidents",
					"{\"incident\":{\"title\":\"Left over\",\"service\":{\"id\":\""
							+ SimHttp.rest(sim).get("/services").json().path("services").path(0).path("id").asString()
							+ "\"}}}");
	}

	@Test
	@Order(2)
	void nextTestShouldGetTheSameSimulatorResetToItsSeed(PagerDutySimulator sim) {
		assertThat(sim).isSameAs(first);
		assertThat(sim.requests()).isEmpty();
		assertThat(SimHttp.rest(sim).get("/incidents?total=true").json().path("total").asInt()).isEqualTo(3);
	}

	@Nested
	class Inner {

		@Test
		void nestedClassShouldShareTheEnclosingSimulator(PagerDutySimulator sim) {
			assertThat(sim.isRunning()).isTrue();
			if (first != null) {
				assertThat(sim).isSameAs(first);
			}
		}

	}

}
