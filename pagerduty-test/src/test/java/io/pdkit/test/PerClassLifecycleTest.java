package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PagerDutySimulatorExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassLifecycleTest {

	private final PagerDutySimulator constructed;

	PerClassLifecycleTest(PagerDutySimulator sim) {
		this.constructed = sim;
	}

	@Test
	void constructorAndMethodInjectionShouldShareOneRunningSimulator(PagerDutySimulator sim) {
		assertThat(sim).isSameAs(constructed);
		assertThat(sim.isRunning()).isTrue();
		assertThat(SimHttp.rest(sim).get("/users/me").status()).isEqualTo(200);
	}

}
