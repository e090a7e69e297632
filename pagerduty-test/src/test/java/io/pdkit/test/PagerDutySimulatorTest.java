package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class PagerDutySimulatorTest {

	@Test
	void startWhenPortGivenShouldBindItOnLoopback() throws IOException {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		try (PagerDutySimulator sim = PagerDutySimulator.builder().port(port).start()) {
			assertThat(sim.port()).isEqualTo(port);
			assertThat(sim.restBaseUrl()).isEqualTo("http://127.0.0.1:" + port);
			assertThat(sim.eventsBaseUrl()).isEqualTo(sim.restBaseUrl());
		}
	}

	@Test
	void startTwiceOrAfterCloseShouldFailAndCloseShouldBeIdempotent() {
		PagerDutySimulator sim = PagerDutySimulator.builder().build();
		assertThatThrownBy(sim::restBaseUrl).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not running");
		sim.start();
		assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
		sim.close();
		sim.close();
		assertThat(sim.isRunning()).isFalse();
		assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
	}

	@Test
	void builderShouldRefuseBadArgumentsNamingThem() {
		assertThatThrownBy(() -> PagerDutySimulator.builder().port(-1)).hasMessageContaining("port");
		assertThatThrownBy(() -> PagerDutySimulator.builder().apiKey(" ")).hasMessageContaining("apiKey");
		assertThatThrownBy(() -> PagerDutySimulator.builder().seed(null)).hasMessageContaining("seed");
		assertThatThrownBy(() -> PagerDutySimulator.builder().rateLimit(1, Duration.ofSeconds(-1)))
			.hasMessageContaining("window");
	}

	@Test
	void resetShouldRestoreTheSeedWithTheSameIds() {
		try (PagerDutySimulator sim = PagerDutySimulator.builder().start()) {
			SimHttp http = SimHttp.rest(sim);
			JsonNode before = http.get("/incidents").json().path("incidents");
			String serviceId = http.get("/services").json().path("services").path(0).path("id").asString();
			http.post("/incidents", "{\"incident\":{\"title\":\"t\",\"service\":{\"id\":\"" + serviceId + "\"}}}");

			sim.reset();

			JsonNode after = http.get("/incidents").json().path("incidents");
			assertThat(SimHttp.field(after, "id")).containsExactlyElementsOf(SimHttp.field(before, "id"));
			assertThat(SimHttp.field(after, "status")).containsExactlyElementsOf(SimHttp.field(before, "status"));
			assertThat(sim.requests()).extracting(ReceivedRequest::path).containsExactly("/incidents");
		}
	}

	@Test
	void concurrentTriggersShouldEachOpenOneIncident() throws Exception {
		try (PagerDutySimulator sim = PagerDutySimulator.builder().start()) {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<Integer>> results = new ArrayList<>();
				for (int i = 0; i < 40; i++) {
					String body = "{\"routing_key\":\"" + sim.routingKey() + "\",\"event_action\":\"trigger\","
							+ "\"dedup_key\":\"key-" + (i % 10) + "\",\"payload\":{\"summary\":\"s\",\"source\":\"h\","
							+ "\"severity\":\"error\"}}";
					results
						.add(pool.submit(() -> SimHttp.bare(sim.eventsBaseUrl()).post("/v2/enqueue", body).status()));
				}
				for (Future<Integer> result : results) {
					assertThat(result.get()).isEqualTo(202);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(SimHttp.rest(sim).get("/incidents?total=true").json().path("total").asInt()).isEqualTo(13);
		}
	}

	@Test
	void usersMeWhenKeyIsAccountLevelShouldAnswer400LikePagerDuty() {
		try (PagerDutySimulator sim = PagerDutySimulator.builder().accountLevelKey(true).start()) {
			SimHttp.Response response = SimHttp.rest(sim).get("/users/me");

			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().path("error").path("message").asString()).contains("account-level access token");
			assertThat(SimHttp.rest(sim).get("/users").json().path("users")).hasSize(4);
		}
	}

}
