package io.pdkit.integrations;

import java.util.List;
import java.util.Map;

import io.pdkit.rest.PageOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SlackIntegrationConnectionsApiClientTest extends IntegrationStub {

	private SlackIntegrationConnectionsApiClient client() {
		return SlackIntegrationConnectionsApiClient.builder(API_KEY).baseUrl(baseUrl("/integration-slack")).build();
	}

	@Test
	void rgetWhenConnectionShouldUnwrapSlackConnection() throws Exception {
		enqueueJson("{'slack_connection':{'id':'A1','source_id':'PSVC1'}}");
		try (SlackIntegrationConnectionsApiClient slack = client()) {
			JsonNode connection = slack.rget("/workspaces/T0123/connections/A1");

			assertThat(connection.get("source_id").asString()).isEqualTo("PSVC1");
		}
		RecordedRequest request = take();
		assertThat(request.getTarget()).isEqualTo("/integration-slack/workspaces/T0123/connections/A1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void rpostWhenConnectionShouldWrapSlackConnection() throws Exception {
		enqueueJson(201, "{'slack_connection':{'id':'A2'}}");
		try (SlackIntegrationConnectionsApiClient slack = client()) {
			JsonNode created = slack.rpost("/workspaces/T0123/connections", Map.of("source_id", "PSVC1"));

			assertThat(created.get("id").asString()).isEqualTo("A2");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/integration-slack/workspaces/T0123/connections");
		assertThat(body(request)).isEqualTo(json("{'slack_connection':{'source_id':'PSVC1'}}"));
	}

	@Test
	void iterAllWhenTwoPagesShouldFollowOffsets() throws Exception {
		enqueueJson("{'slack_connections':[{'id':'A1'},{'id':'A2'}],'limit':2,'offset':0,'more':true}");
		enqueueJson("{'slack_connections':[{'id':'A3'}],'limit':2,'offset':2,'more':false}");
		try (SlackIntegrationConnectionsApiClient slack = client()) {
			List<JsonNode> connections = slack.listAll("/workspaces/T0123/connections", Map.of(),
					PageOptions.builder().pageSize(2).build());

			assertThat(connections).extracting(connection -> connection.get("id").asString())
				.containsExactly("A1", "A2", "A3");
		}
		assertThat(take().getTarget())
			.isEqualTo("/integration-slack/workspaces/T0123/connections?limit=2&total=false&offset=0");
		assertThat(take().getTarget())
			.isEqualTo("/integration-slack/workspaces/T0123/connections?limit=2&total=false&offset=2");
	}

}
