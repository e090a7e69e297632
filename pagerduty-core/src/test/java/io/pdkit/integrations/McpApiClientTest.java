package io.pdkit.integrations;

import java.util.Map;
import java.util.UUID;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyServerException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class McpApiClientTest extends IntegrationStub {

	private McpApiClient client() {
		return McpApiClient.builder(API_KEY).baseUrl(baseUrl("")).build();
	}

	@Test
	void callWhenNoIdGivenShouldSendRandomUuidAndOmitParams() throws Exception {
		enqueueJson("{'jsonrpc':'2.0','id':'x','result':{'tools':[]}}");
		try (McpApiClient mcp = client()) {
			JsonNode answer = mcp.call("tools/list");

			assertThat(answer.get("result").get("tools").isArray()).isTrue();
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/mcp");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json, text/event-stream");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		JsonNode sent = JsonMapper.builder().build().readTree(body(request));
		assertThat(sent.propertyNames()).containsExactly("jsonrpc", "id", "method");
		assertThat(sent.get("jsonrpc").asString()).isEqualTo("2.0");
		assertThat(sent.get("method").asString()).isEqualTo("tools/list");
		assertThat(UUID.fromString(sent.get("id").asString()).version()).isEqualTo(4);
	}

	@Test
	void callWhenIdAndParamsGivenShouldSendThem() throws Exception {
		enqueueJson("{'jsonrpc':'2.0','id':7,'result':{'content':[]}}");
		try (McpApiClient mcp = client()) {
			mcp.call("tools/call", Map.of("name", "list_incidents"), 7);
		}
		assertThat(body(take()))
			.isEqualTo(json("{'jsonrpc':'2.0','id':7,'method':'tools/call','params':{'name':'list_incidents'}}"));
	}

	@Test
	void callWhenParamsEmptyShouldOmitThemAndKeepStringId() throws Exception {
		enqueueJson("{'jsonrpc':'2.0','id':'req-1','result':{}}");
		try (McpApiClient mcp = client()) {
			mcp.call("ping", Map.of(), "req-1");
		}
		assertThat(body(take())).isEqualTo(json("{'jsonrpc':'2.0','id':'req-1','method':'ping'}"));
	}

	@Test
	void callWhenAnswerHasNoResultShouldRaiseServerException() {
		enqueueJson("{'jsonrpc':'2.0','id':1,'error':{'code':-32601,'message':'Method not found'}}");
		try (McpApiClient mcp = client()) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> mcp.call("nope"))
				.withMessageContaining("JSON-RPC response from PagerDuty did not include the expected \"result\" key")
				.withMessageContaining("Method not found");
		}
	}

	@Test
	void callWhenAnswerIsEventStreamShouldRaiseClearServerException() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "text/event-stream")
			.body("event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n")
			.build());
		try (McpApiClient mcp = client()) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> mcp.call("tools/list"))
				.withMessageContaining("server-sent-events stream (text/event-stream)");
		}
	}

	@Test
	void callWhenBodyStartsWithDataWithoutContentTypeShouldRaiseClearServerException() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("data: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n")
			.build());
		try (McpApiClient mcp = client()) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> mcp.call("tools/list"))
				.withMessageContaining("server-sent-events stream");
		}
	}

	@Test
	void callWhenHeaderPassthruShouldSendTheSecretVerbatim() throws Exception {
		enqueueJson("{'result':{}}");
		try (McpApiClient mcp = McpApiClient.builder("Custom abc-1234")
			.authType(AuthType.HEADER_PASSTHRU)
			.baseUrl(baseUrl(""))
			.build()) {
			mcp.call("ping");
			assertThat(mcp.toString()).doesNotContain("Custom abc");
		}
		assertThat(take().getHeaders().get("Authorization")).isEqualTo("Custom abc-1234");
	}

	@Test
	void callWhenMethodBlankShouldNameTheArgument() {
		try (McpApiClient mcp = client()) {
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> mcp.call(" "))
				.withMessage("method must not be null or blank");
		}
	}

}
