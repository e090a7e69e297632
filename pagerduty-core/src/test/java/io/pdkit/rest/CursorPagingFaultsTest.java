package io.pdkit.rest;

import java.util.List;

import io.pdkit.core.PagerDutyServerException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorPagingFaultsTest extends MockServerSupport {

	private static String page(String ids, String cursor) {
		StringBuilder items = new StringBuilder();
		for (String id : ids.isEmpty() ? new String[0] : ids.split(",")) {
			items.append(items.isEmpty() ? "" : ",").append("{'id':'").append(id).append("'}");
		}
		return json("{'records':[" + items + "],'next_cursor':" + cursor + ",'limit':2}");
	}

	private List<String> walk() {
		return this.client.iterAll("/audit/records").map(item -> item.get("id").asString()).toList();
	}

	private List<String> targets(int count) throws InterruptedException {
		List<String> targets = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			targets.add(take().getTarget());
		}
		return targets;
	}

	@Test
	void iterAllWhenNextCursorIsNullShouldStopAfterTheLastPage() throws Exception {
		enqueueJson(page("R1,R2", "'c1'"));
		enqueueJson(page("R3", "null"));

		assertThat(walk()).containsExactly("R1", "R2", "R3");
		assertThat(targets(2)).containsExactly("/audit/records?limit=100", "/audit/records?limit=100&cursor=c1");
	}

	@Test
	void iterAllWhenNextCursorIsMissingShouldStopAfterTheFirstPage() {
		enqueueJson(json("{'records':[{'id':'R1'}]}"));

		assertThat(walk()).containsExactly("R1");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterAllWhenServerRepeatsTheSameCursorShouldRaiseAfterTheSecondPage() throws Exception {
		enqueueJson(page("R1", "'c1'"));
		enqueueJson(page("R2", "'c1'"));
		enqueueJson(page("R3", "'c1'"));

		assertThatThrownBy(this::walk).isInstanceOf(PagerDutyServerException.class)
			.hasMessage("GET " + baseUrl() + "/audit/records?limit=100&cursor=c1: Success (status 200) but "
					+ "cursor-based pagination received next_cursor \"c1\" a second time (after 1 distinct cursors); "
					+ "stopping, as following it would repeat pages forever");
		assertThat(targets(2)).containsExactly("/audit/records?limit=100", "/audit/records?limit=100&cursor=c1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAllWhenCursorsCycleShouldRaiseWhenTheCycleCloses() throws Exception {
		enqueueJson(page("R1", "'a'"));
		enqueueJson(page("R2", "'b'"));
		enqueueJson(page("R3", "'c'"));
		enqueueJson(page("R4", "'a'"));
		enqueueJson(page("R5", "'b'"));

		assertThatThrownBy(this::walk).isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("next_cursor \"a\" a second time (after 3 distinct cursors)");
		assertThat(targets(4)).containsExactly("/audit/records?limit=100", "/audit/records?limit=100&cursor=a",
				"/audit/records?limit=100&cursor=b", "/audit/records?limit=100&cursor=c");
		assertThat(this.server.getRequestCount()).isEqualTo(4);
	}

	@Test
	void iterAllWhenRepeatedCursorShouldStillYieldTheItemsOfEarlierPages() {
		enqueueJson(page("R1,R2", "'c1'"));
		enqueueJson(page("R3", "'c1'"));
		List<String> received = new java.util.ArrayList<>();

		assertThatThrownBy(
				() -> this.client.iterAll("/audit/records").forEach(r -> received.add(r.get("id").asString())))
			.isInstanceOf(PagerDutyServerException.class);
		assertThat(received).containsExactly("R1", "R2");
	}

	@Test
	void iterAllWhenPageIsEmptyButNamesACursorShouldStopQuietly() throws Exception {
		enqueueJson(page("R1", "'c1'"));
		enqueueJson(page("", "'c2'"));
		enqueueJson(page("R9", "null"));

		assertThat(walk()).containsExactly("R1");
		assertThat(targets(2)).containsExactly("/audit/records?limit=100", "/audit/records?limit=100&cursor=c1");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAllWhenFirstPageIsEmptyWithCursorShouldReturnNothingAfterOneRequest() {
		for (int i = 0; i < 3; i++) {
			enqueueJson(page("", "'again'"));
		}

		assertThat(this.client.iterAll("/audit/records").limit(5).toList()).isEmpty();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterCursorWhenEmptyPagesWithFreshCursorsShouldNotSpinInsideHasNext() {
		for (int i = 0; i < 3; i++) {
			enqueueJson(page("", "'c" + i + "'"));
		}

		assertThat(this.client.iterCursor("/audit/records").iterator().hasNext()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterAllWhenNextCursorIsEmptyStringShouldStop() {
		enqueueJson(page("R1", "''"));

		assertThat(walk()).containsExactly("R1");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterAllWhenResultsAreNotAListShouldRaiseServerError() {
		enqueueJson(json("{'records':{'id':'R1'},'next_cursor':'c1'}"));

		assertThatThrownBy(this::walk).isInstanceOf(PagerDutyServerException.class)
			.hasMessage("GET " + baseUrl() + "/audit/records?limit=100: Success (status 200) but expected a list of "
					+ "results, but the body holds a value of type object");
	}

	@Test
	void iterAllWhenSecondPageFailsShouldRaiseWithCursorContextAfterFirstItems() {
		enqueueJson(page("R1", "'c1'"));
		for (int i = 0; i < 11; i++) {
			this.server.enqueue(new MockResponse.Builder().code(503).body("down").build());
		}
		List<JsonNode> received = new java.util.ArrayList<>();

		assertThatThrownBy(() -> this.client.iterAll("/audit/records").forEach(received::add))
			.isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("in cursor-based pagination");
		assertThat(received).hasSize(1);
	}

	@Test
	void iterAllWhenBodyIsTruncatedJsonShouldRaiseInvalidJson() {
		enqueueJson("{\"records\":[{\"id\":\"R1\"}],\"next_cur");

		assertThatThrownBy(this::walk).isInstanceOf(PagerDutyServerException.class)
			.hasMessageContaining("API responded with invalid JSON (status 200)");
	}

	@Test
	void iterAlertGroupingSettingsWhenAfterRepeatsShouldStopAfterThatPage() {
		enqueueJson(json("{'alert_grouping_settings':[{'id':'A1'}],'after':'A1'}"));
		enqueueJson(json("{'alert_grouping_settings':[{'id':'A2'}],'after':'A1'}"));
		enqueueJson(json("{'alert_grouping_settings':[{'id':'A3'}],'after':null}"));

		assertThat(this.client.iterAlertGroupingSettings(List.of(), 1).map(s -> s.get("id").asString()).toList())
			.containsExactly("A1", "A2");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAlertGroupingSettingsWhenPageIsEmptyWithAfterShouldNotSpin() {
		enqueueJson(json("{'alert_grouping_settings':[],'after':'X1'}"));
		enqueueJson(json("{'alert_grouping_settings':[],'after':'X2'}"));

		assertThat(this.client.iterAlertGroupingSettings(List.of(), 1).iterator().hasNext()).isFalse();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void iterAnalyticsRawIncidentsWhenPageIsEmptyButMoreShouldStop() {
		enqueueJson(json("{'data':[{'id':'I1'}],'more':true,'last':'c1'}"));
		enqueueJson(json("{'data':[],'more':true,'last':'c2'}"));
		enqueueJson(json("{'data':[{'id':'I9'}],'more':false,'last':null}"));

		assertThat(this.client.iterAnalyticsRawIncidents(java.util.Map.of(), "asc", "created_at", 1, null).toList())
			.hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void iterAnalyticsRawIncidentsWhenLastRepeatsShouldStop() {
		enqueueJson(json("{'data':[{'id':'I1'}],'more':true,'last':'c1'}"));
		enqueueJson(json("{'data':[{'id':'I2'}],'more':true,'last':'c1'}"));
		enqueueJson(json("{'data':[{'id':'I3'}],'more':false,'last':null}"));

		assertThat(this.client.iterAnalyticsRawIncidents(java.util.Map.of(), "asc", "created_at", 1, null).toList())
			.hasSize(2);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

}
