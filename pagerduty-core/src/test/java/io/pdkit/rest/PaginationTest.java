package io.pdkit.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.PagerDutyUrlException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTest extends MockServerSupport {

	record Hook(String id, long number, OptionalLong total) {
	}

	record Named(String id, String name) {
	}

	private static String users(int from, int count, boolean more, String extra) {
		StringBuilder items = new StringBuilder();
		for (int i = from; i < from + count; i++) {
			items.append(i > from ? "," : "")
				.append("{'id':'U")
				.append(i)
				.append("','name':'user ")
				.append(i)
				.append("'}");
		}
		return json("{'users':[" + items + "],'more':" + more + extra + "}");
	}

	@Test
	void iterAllWhenTwoPagesShouldAdvanceOffsetByItemsReceivedAndCallHook() throws Exception {
		enqueueJson(users(1, 2, true, ""));
		enqueueJson(users(3, 1, false, ""));
		List<Hook> hooks = new ArrayList<>();
		PageOptions options = PageOptions.builder()
			.itemHook((item, number, total) -> hooks.add(new Hook(item.get("id").asString(), number, total)))
			.build();

		List<String> ids = this.client.iterAll("users", Map.of(), options)
			.map(user -> user.get("id").asString())
			.toList();

		assertThat(ids).containsExactly("U1", "U2", "U3");
		assertThat(take().getTarget()).isEqualTo("/users?limit=100&total=false&offset=0");
		assertThat(take().getTarget()).isEqualTo("/users?limit=2&total=false&offset=2");
		assertThat(hooks).containsExactly(new Hook("U1", 1, OptionalLong.empty()),
				new Hook("U2", 2, OptionalLong.empty()), new Hook("U3", 3, OptionalLong.empty()));
	}

	@Test
	void iterAllWhenParamsHaveListsAndTotalShouldSendBracketKeysAndTotalTrue() throws Exception {
		enqueueJson(json("{'incidents':[{'id':'PI1'}],'more':false,'total':1}"));
		List<OptionalLong> totals = new ArrayList<>();
		PageOptions options = PageOptions.builder()
			.pageSize(25)
			.total(true)
			.itemHook((item, number, total) -> totals.add(total))
			.build();

		List<JsonNode> incidents = this.client
			.iterAll("/incidents", Map.of("statuses", List.of("triggered", "acknowledged")), options)
			.toList();

		assertThat(incidents).hasSize(1);
		assertThat(totals).containsExactly(OptionalLong.of(1));
		assertThat(take().getTarget())
			.isEqualTo("/incidents?limit=25&total=true&statuses%5B%5D=triggered&statuses%5B%5D=acknowledged&offset=0");
	}

	@Test
	void iterAllWhenStartingNearTheCapShouldStopBeforeExceedingTenThousand() throws Exception {
		enqueueJson(users(1, 100, true, ""));
		enqueueJson(users(101, 100, true, ""));

		List<JsonNode> all = this.client.iterAll("users", Map.of("offset", 9800)).toList();

		assertThat(all).hasSize(200);
		assertThat(take().getTarget()).isEqualTo("/users?limit=100&total=false&offset=9800");
		assertThat(take().getTarget()).isEqualTo("/users?limit=100&total=false&offset=9900");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAllWhenPageIsEmptyButMoreIsTrueShouldStop() throws Exception {
		enqueueJson(users(1, 2, true, ""));
		enqueueJson(json("{'users':[],'more':true}"));
		enqueueJson(users(3, 1, false, ""));

		assertThat(this.client.iterAll("users").toList()).hasSize(2);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAllWhenResponseLacksMoreShouldYieldFirstPageOnly() {
		enqueueJson(json("{'users':[{'id':'U1'}]}"));

		assertThat(this.client.iterAll("users").toList()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterAllWhenPathIsIndividualResourceShouldRaiseUrlError() {
		assertThatThrownBy(() -> this.client.iterAll("/users/PU1")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessageContaining("formatted like an individual resource");
	}

	@Test
	void iterAllWhenPathHasNoResponseWrapperShouldRaiseUrlError() {
		assertThatThrownBy(() -> this.client.iterAll("/analytics/raw/users")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("Pagination is not supported for GET /analytics/raw/users.");
	}

	@Test
	void iterAllWhenPageFailsShouldRaiseWithPaginationContext() {
		enqueueJson(500, "{}");
		this.server.enqueue(new mockwebserver3.MockResponse.Builder().code(500).build());

		assertThatThrownBy(() -> this.client.iterAll("users").toList()).isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("in classic pagination");
	}

	@Test
	void iterAllWhenPathIsCursorBasedShouldDelegateToCursorPagination() throws Exception {
		enqueueJson(json("{'records':[{'id':'R1'},{'id':'R2'}],'next_cursor':'c2','limit':2}"));
		enqueueJson(json("{'records':[{'id':'R3'}],'next_cursor':null,'limit':2}"));

		List<String> ids = this.client
			.iterAll("/audit/records", Map.of("actions", List.of("create")),
					PageOptions.builder().pageSize(2).total(true).build())
			.map(r -> r.get("id").asString())
			.toList();

		assertThat(ids).containsExactly("R1", "R2", "R3");
		assertThat(take().getTarget()).isEqualTo("/audit/records?limit=2&actions%5B%5D=create");
		assertThat(take().getTarget()).isEqualTo("/audit/records?limit=2&actions%5B%5D=create&cursor=c2");
	}

	@Test
	void iterCursorWhenPathIsNotCursorBasedShouldRaiseUrlError() {
		assertThatThrownBy(() -> this.client.iterCursor("/users")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("/users does not support cursor-based pagination.");
	}

	@Test
	void iterCursorWhenNextCursorIsEmptyShouldStop() throws Exception {
		enqueueJson(json("{'actions':[{'id':'A1'}],'next_cursor':''}"));

		assertThat(this.client.iterCursor("/automation_actions/actions").toList()).hasSize(1);
		assertThat(take().getTarget()).isEqualTo("/automation_actions/actions?limit=100");
	}

	@Test
	void iterAllWhenTypedShouldConvertItems() {
		enqueueJson(users(1, 1, false, ""));

		assertThat(this.client.iterAll("users", Named.class).toList()).containsExactly(new Named("U1", "user 1"));
	}

	@Test
	void iterAllWhenStreamIsLazyShouldFetchOnlyPagesConsumed() {
		enqueueJson(users(1, 2, true, ""));
		enqueueJson(users(3, 2, false, ""));

		assertThat(this.client.iterAll("users").findFirst()).isPresent();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void listAllAndDictAllWhenCalledShouldCollectAllItems() {
		enqueueJson(users(1, 2, false, ""));
		enqueueJson(users(1, 2, false, ""));

		assertThat(this.client.listAll("users")).hasSize(2);
		Map<String, JsonNode> byName = this.client.dictAll("users", "name");
		assertThat(byName).containsOnlyKeys("user 1", "user 2");
	}

	@Test
	void getTotalWhenCalledShouldSendTotalLimitOffsetAndReturnTotal() throws Exception {
		enqueueJson(json("{'incidents':[],'total':1234,'more':true}"));

		long total = this.client.getTotal("incidents", Map.of("statuses", List.of("triggered"), "limit", 50));

		assertThat(total).isEqualTo(1234);
		assertThat(take().getTarget()).contains("statuses%5B%5D=triggered")
			.contains("total=true")
			.contains("limit=1")
			.contains("offset=0")
			.doesNotContain("limit=50");
	}

	@Test
	void getTotalWhenResponseLacksTotalShouldRaiseServerError() {
		enqueueJson(json("{'incidents':[]}"));

		assertThatThrownBy(() -> this.client.getTotal("incidents")).isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("lacks a numeric \"total\"");
	}

}
