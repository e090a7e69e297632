package io.pdkit.test.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.PageOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.ReceivedRequest;
import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class CollectionPagingFlowTest {

	private final List<Duration> sleeps = new ArrayList<>();

	private PagerDutySimulator sim;

	private RestApiV2Client client;

	@BeforeEach
	void connect(PagerDutySimulator injected) {
		sim = injected;
		client = FlowClients.rest(sim, sleeps).defaultPageSize(2).build();
	}

	@AfterEach
	void disconnect() {
		client.close();
	}

	private List<String> idsInOnePage(String collection) {
		List<String> ids = new ArrayList<>();
		client.jget(collection, RequestOptions.builder().queryParam("limit", 100).build())
			.path(collection)
			.forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	private List<String> targets() {
		return sim.requests().stream().map(ReceivedRequest::target).toList();
	}

	@ParameterizedTest
	@CsvSource({ "users, 4", "services, 3", "teams, 2", "escalation_policies, 2", "schedules, 2", "incidents, 3" })
	void iterAllWithPageSizeTwoShouldWalkEveryPageOfTheCollection(String collection, int size) {
		List<String> expected = idsInOnePage(collection);
		sim.clearRequests();

		List<String> walked = client.iterAll(collection).map(item -> item.path("id").asString()).toList();

		assertThat(walked).hasSize(size).containsExactlyElementsOf(expected);
		List<String> pages = new ArrayList<>();
		for (int offset = 0; offset < size; offset += 2) {
			pages.add("/" + collection + "?limit=2&total=false&offset=" + offset);
		}
		assertThat(targets()).containsExactlyElementsOf(pages);
	}

	@Test
	void iterAllWithTotalShouldGiveTheItemHookNumbersAndTheTotal() {
		List<String> seen = new ArrayList<>();
		PageOptions options = PageOptions.builder()
			.pageSize(3)
			.total(true)
			.itemHook((item, number, total) -> seen
				.add(item.path("name").asString() + " " + number + "/" + (total.isPresent() ? total.getAsLong() : "?")))
			.build();

		long count = client.iterAll("users", Map.of(), options).count();

		assertThat(count).isEqualTo(4);
		assertThat(seen).containsExactly("Ada Lovelace 1/4", "Grace Hopper 2/4", "Alan Turing 3/4",
				"Katherine Johnson 4/4");
		assertThat(targets()).containsExactly("/users?limit=3&total=true&offset=0",
				"/users?limit=3&total=true&offset=3");
	}

	@Test
	void iterAllWithoutTotalShouldGiveTheItemHookAnEmptyTotal() {
		List<OptionalLong> totals = new ArrayList<>();
		PageOptions options = PageOptions.builder().itemHook((item, number, total) -> totals.add(total)).build();

		client.iterAll("teams", Map.of(), options).forEach(team -> {
		});

		assertThat(totals).containsExactly(OptionalLong.empty(), OptionalLong.empty());
	}

	@Test
	void listAllShouldCollectEveryServiceAcrossPages() {
		List<JsonNode> services = client.listAll("services");

		assertThat(services).extracting(service -> service.path("name").asString())
			.containsExactly("Checkout API", "Web Frontend", "Primary Database");
		assertThat(sim.requests()).hasSize(2);
	}

	@Test
	void dictAllShouldKeyUsersByEmailInOrder() {
		Map<String, JsonNode> users = client.dictAll("users", "email");

		assertThat(users).containsOnlyKeys("ada@pdkit.example", "grace@pdkit.example", "alan@pdkit.example",
				"katherine@pdkit.example");
		assertThat(users.keySet()).first().isEqualTo("ada@pdkit.example");
		assertThat(users.get("alan@pdkit.example").path("name").asString()).isEqualTo("Alan Turing");
	}

	@Test
	void getTotalShouldAskForOneItemWithTotal() {
		long triggered = client.getTotal("incidents", Map.of("statuses", List.of("triggered", "acknowledged")));

		assertThat(triggered).isEqualTo(2);
		assertThat(client.getTotal("users")).isEqualTo(4);
		assertThat(sim.requests().get(0).queryParams()).containsExactly(
				Map.entry("statuses[]", List.of("triggered", "acknowledged")), Map.entry("total", List.of("true")),
				Map.entry("limit", List.of("1")), Map.entry("offset", List.of("0")));
	}

	@Test
	void iterAllWhenOffsetPlusPageSizeWouldPassTenThousandShouldStopBeforeSending() {
		List<JsonNode> beyond = client.listAll("users", Map.of("offset", 9_999));

		assertThat(beyond).isEmpty();
		assertThat(sim.requests()).isEmpty();
	}

	@Test
	void iterAllWhenOffsetPlusPageSizeReachesTenThousandShouldSendTheLastAllowedPage() {
		List<JsonNode> last = client.listAll("users", Map.of("offset", 9_998));

		assertThat(last).isEmpty();
		assertThat(targets()).containsExactly("/users?limit=2&total=false&offset=9998");
	}

	@Test
	void rawGetPastTenThousandShouldGetTheSimulatorsArgumentsError() {
		RequestOptions beyond = RequestOptions.builder().queryParam("limit", 100).queryParam("offset", 9_901).build();

		ApiResponse response = client.get("/users", beyond);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2002);
		assertThat(sim.lastRequest().target()).isEqualTo("/users?limit=100&offset=9901");
		assertThatThrownBy(() -> client.jget("/users", beyond))
			.isInstanceOfSatisfying(PagerDutyHttpException.class, e -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.response().orElseThrow().json().path("error").path("errors").path(0).asString())
					.isEqualTo("Offset+limit exceeds maximum allowed value of 10000");
			})
			.hasMessageStartingWith("GET " + sim.restBaseUrl() + "/users?limit=100&offset=9901: API responded with "
					+ "client error (status 400)");
	}

}
