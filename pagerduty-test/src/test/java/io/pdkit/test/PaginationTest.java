package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

@ExtendWith(PagerDutySimulatorExtension.class)
class PaginationTest {

	private SimHttp http;

	@BeforeEach
	void inject(PagerDutySimulator sim) {
		http = SimHttp.rest(sim);
	}

	@Test
	void listWhenLimitIsSmallerThanCollectionShouldSayMoreAndContinueAtOffset() {
		JsonNode first = http.get("/users?limit=3&offset=0").json();
		JsonNode second = http.get("/users?limit=3&offset=3").json();

		assertThat(first.path("users")).hasSize(3);
		assertThat(first.path("limit").asInt()).isEqualTo(3);
		assertThat(first.path("more").asBoolean()).isTrue();
		assertThat(second.path("users")).hasSize(1);
		assertThat(second.path("offset").asInt()).isEqualTo(3);
		assertThat(second.path("more").asBoolean()).isFalse();
		assertThat(second.path("users").path(0).path("id")).isNotIn(first.path("users").findValues("id"));
	}

	@Test
	void listWhenTotalRequestedShouldCountOtherwiseNull() {
		assertThat(http.get("/users?limit=1&total=true").json().path("total").asInt()).isEqualTo(4);
		assertThat(http.get("/users?limit=1&total=false").json().path("total").isNull()).isTrue();
		assertThat(http.get("/users?limit=1").json().path("total").isNull()).isTrue();
	}

	@Test
	void listWhenLimitAboveMaximumShouldServeAtMost100() {
		assertThat(http.get("/users?limit=500").json().path("limit").asInt()).isEqualTo(100);
	}

	@Test
	void listWhenOffsetPlusLimitExceeds10000ShouldAnswer400() {
		SimHttp.Response response = http.get("/incidents?limit=100&offset=9901");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Arguments Caused Error\",\"code\":2002,"
				+ "\"errors\":[\"Offset+limit exceeds maximum allowed value of 10000\"]}}");
		assertThat(http.get("/incidents?limit=100&offset=9900").status()).isEqualTo(200);
	}

	@Test
	void listWhenLimitIsNotANumberShouldAnswer400() {
		SimHttp.Response response = http.get("/users?limit=lots");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
	}

	@Test
	void auditRecordsShouldPageWithCursorUntilNextCursorIsNull() {
		List<String> ids = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = http.get("/audit/records?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			assertThat(page.path("limit").asInt()).isEqualTo(5);
			assertThat(page.has("offset")).isFalse();
			page.path("records").forEach(record -> ids.add(record.path("id").asString()));
			cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
			pages++;
		}
		while (cursor != null);

		JsonNode all = http.get("/audit/records").json();
		assertThat(ids).hasSize(all.path("records").size()).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((ids.size() + 4) / 5);
		assertThat(all.path("next_cursor").isNull()).isTrue();
		JsonNode record = all.path("records").path(0);
		assertThat(record.has("execution_time")).isTrue();
		assertThat(record.path("root_resource").path("type").asString()).endsWith("_reference");
	}

	@Test
	void auditRecordsWhenCursorIsGarbageShouldAnswer400() {
		assertThat(http.get("/audit/records?cursor=garbage").status()).isEqualTo(400);
	}

	@Test
	void auditRecordsShouldFilterByRootResourceType() {
		JsonNode records = http.get("/audit/records?root_resource_types%5B%5D=escalation_policies")
			.json()
			.path("records");

		assertThat(records).hasSize(2);
		assertThat(records.findValuesAsString("type")).contains("escalation_policy_reference");
	}

}
