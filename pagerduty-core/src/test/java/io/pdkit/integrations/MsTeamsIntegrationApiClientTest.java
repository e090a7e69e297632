package io.pdkit.integrations;

import java.util.Map;
import java.util.TreeMap;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MsTeamsIntegrationApiClientTest extends IntegrationStub {

	private MsTeamsIntegrationApiClient client() {
		return MsTeamsIntegrationApiClient.builder(API_KEY).baseUrl(baseUrl("/integration-ms-teams")).build();
	}

	@Test
	void rpostWhenMeetingShouldSendFlatBodyAndUnwrapMeetingWithTokenAuth() throws Exception {
		enqueueJson(201, "{'meeting':{'id':'M1','join_url':'https://teams.example/m1'}}");
		try (MsTeamsIntegrationApiClient teams = client()) {
			JsonNode meeting = teams.rpost("/incidents/Q1ABC/meeting",
					new TreeMap<>(Map.of("mst_team_id", "19:team", "meeting", Map.of("name", "Q1ABC bridge"))));

			assertThat(meeting.get("id").asString()).isEqualTo("M1");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/integration-ms-teams/incidents/Q1ABC/meeting");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(body(request)).isEqualTo(json("{'meeting':{'name':'Q1ABC bridge'},'mst_team_id':'19:team'}"));
	}

	@Test
	void getAndDeleteWhenMeetingShouldBeRefusedBeforeSending() {
		try (MsTeamsIntegrationApiClient teams = client()) {
			assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> teams.get("/incidents/Q1ABC/meeting"))
				.withMessage("Method GET not supported on /incidents/{incident_id}/meeting by this API. "
						+ "Permitted methods: POST");
			assertThatExceptionOfType(PagerDutyException.class)
				.isThrownBy(() -> teams.rdelete("/incidents/Q1ABC/meeting"))
				.withMessage("Method DELETE not supported on /incidents/{incident_id}/meeting by this API. "
						+ "Permitted methods: POST");
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void deleteWhenDedicatedChatShouldBeSentAsTheSpecDocumentsIt() throws Exception {
		enqueueEmpty(204);
		try (MsTeamsIntegrationApiClient teams = client()) {
			assertThat(teams.rdelete("/incidents/Q1ABC/dedicated_chat").status()).isEqualTo(204);
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/integration-ms-teams/incidents/Q1ABC/dedicated_chat");
	}

	@Test
	void rgetWhenDedicatedChatShouldReturnTheWholeBody() throws Exception {
		enqueueJson("{'chat':{'id':'19:chat'},'tenant_id':'T1'}");
		try (MsTeamsIntegrationApiClient teams = client()) {
			JsonNode chat = teams.rget("/incidents/Q1ABC/dedicated_chat");

			assertThat(chat.get("tenant_id").asString()).isEqualTo("T1");
			assertThat(chat.get("chat").get("id").asString()).isEqualTo("19:chat");
		}
		assertThat(take().getTarget()).isEqualTo("/integration-ms-teams/incidents/Q1ABC/dedicated_chat");
	}

	@Test
	void rpostWhenDedicatedChatShouldSendBodyAsIsAndUnwrapChat() throws Exception {
		enqueueJson(201, "{'chat':{'id':'19:chat'}}");
		try (MsTeamsIntegrationApiClient teams = client()) {
			JsonNode chat = teams.rpost("/incidents/Q1ABC/dedicated_chat", Map.of("mst_tenant_id", "T1"));

			assertThat(chat.get("id").asString()).isEqualTo("19:chat");
		}
		assertThat(body(take())).isEqualTo(json("{'mst_tenant_id':'T1'}"));
	}

	@Test
	void requestWhenMethodNotDocumentedShouldBeRefusedBeforeSending() {
		try (MsTeamsIntegrationApiClient teams = client()) {
			assertThatExceptionOfType(PagerDutyException.class)
				.isThrownBy(() -> teams.put("/incidents/Q1ABC/meeting", RequestOptions.none()))
				.withMessageContaining("PUT");
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void authTypeWhenNotTokenShouldBeRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> MsTeamsIntegrationApiClient.builder(API_KEY).authType(AuthType.BEARER))
			.withMessage("authType: the Microsoft Teams integration API accepts only AuthType.TOKEN, was BEARER");
		assertThat(MsTeamsIntegrationApiClient.builder(API_KEY).authType(AuthType.TOKEN).build().authType())
			.isEqualTo(AuthType.TOKEN);
	}

}
