package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.pdkit.core.PagerDutyException;
import io.pdkit.core.RetrySettings;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;

/**
 * Its own class, so that the simulator threads still sleeping after a test cannot affect
 * other tests.
 */
@ExtendWith(PagerDutySimulatorExtension.class)
class NetworkTimeoutFlowTest {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	private static final Duration SLOW = Duration.ofMillis(1500);

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	@BeforeEach
	void warmUp(PagerDutySimulator injected) {
		sim = injected;
		try (RestApiV2Client warm = FlowClients.rest(sim, sleeps).build()) {
			warm.rget("/users/me");
		}
		sim.clearRequests();
	}

	@Test
	void slowResponsesBeyondTheReadTimeoutShouldFailAfterTheNetworkAttempts() {
		sim.delayNext(SLOW).delayNext(SLOW);
		RestApiV2Client client = FlowClients.rest(sim, sleeps)
			.timeout(TIMEOUT)
			.retrySettings(RetrySettings.defaults().withMaxNetworkAttempts(1))
			.build();

		assertThatThrownBy(() -> client.rget("/users/me")).isExactlyInstanceOf(PagerDutyException.class)
			.hasMessage("GET " + sim.restBaseUrl() + "/users/me: Non-transient network error; exceeded maximum "
					+ "number of attempts (1) to connect to the API.")
			.satisfies(e -> {
				assertThat(((PagerDutyException) e).response()).isEmpty();
				assertThat(e.getCause()).isNotNull();
			});
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
		assertThat(sim.requests()).hasSize(2);
		client.close();
	}

	@Test
	void oneSlowResponseShouldBeRetriedAndThenSucceed() {
		sim.delayNext(SLOW);
		RestApiV2Client client = FlowClients.rest(sim, sleeps).timeout(TIMEOUT).build();

		assertThat(client.rget("/users/me").path("email").asString()).isEqualTo(sim.ownerEmail());
		assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
		assertThat(sim.requests()).hasSize(2);
		client.close();
	}

}
