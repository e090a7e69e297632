package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PagerDutySimulatorExtension.class)
class JournalTest {

	@Test
	void requestsShouldRecordMethodPathQueryHeadersAndBody(PagerDutySimulator sim) {
		SimHttp.rest(sim).get("/incidents?statuses%5B%5D=triggered&statuses%5B%5D=acknowledged&limit=10");
		SimHttp.Response posted = SimHttp.rest(sim).post("/incidents/PX/notes", "{\"note\":{\"content\":\"hi\"}}");

		List<ReceivedRequest> requests = sim.requests();

		assertThat(requests).hasSize(2);
		ReceivedRequest get = requests.get(0);
		assertThat(get.method()).isEqualTo("GET");
		assertThat(get.path()).isEqualTo("/incidents");
		assertThat(get.rawQuery()).isEqualTo("statuses%5B%5D=triggered&statuses%5B%5D=acknowledged&limit=10");
		assertThat(get.queryParams()).containsEntry("statuses[]", List.of("triggered", "acknowledged"))
			.containsEntry("limit", List.of("10"));
		assertThat(get.queryParam("limit")).isEqualTo("10");
		assertThat(get.header("authorization")).isEqualTo("Token token=" + sim.apiKey());
		assertThat(get.header("Accept")).isEqualTo("application/vnd.pagerduty+json;version=2");
		assertThat(get.body()).isEmpty();
		ReceivedRequest post = sim.lastRequest();
		assertThat(post.method()).isEqualTo("POST");
		assertThat(post.target()).isEqualTo("/incidents/PX/notes");
		assertThat(post.header("Content-Type")).isEqualTo("application/json");
		assertThat(post.header("From")).isEqualTo(sim.ownerEmail());
		assertThat(post.body()).isEqualTo("{\"note\":{\"content\":\"hi\"}}");
		assertThat(post.requestId()).isEqualTo(posted.header("x-request-id"));
	}

	@Test
	void requestToStringShouldNotRevealTheCredential(PagerDutySimulator sim) {
		SimHttp.bare(sim.restBaseUrl()).header("Authorization", "Token token=" + sim.apiKey()).get("/users");

		assertThat(sim.lastRequest().toString()).startsWith("GET /users").doesNotContain(sim.apiKey());
	}

	@Test
	void clearRequestsShouldEmptyTheJournal(PagerDutySimulator sim) {
		SimHttp.rest(sim).get("/users");

		sim.clearRequests();

		assertThat(sim.requests()).isEmpty();
		assertThatThrownBy(sim::lastRequest).isInstanceOf(IllegalStateException.class);
	}

}
