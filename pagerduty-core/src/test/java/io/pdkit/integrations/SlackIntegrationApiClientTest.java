package io.pdkit.integrations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyUrlException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SlackIntegrationApiClientTest extends IntegrationStub {

	private SlackIntegrationApiClient client() {
		return SlackIntegrationApiClient.builder(API_KEY).baseUrl(baseUrl("/integration-slack")).build();
	}

	@Test
	void canonicalPathWhenIntendedPathsUsedShouldMatchEachOfThem() {
		try (SlackIntegrationApiClient slack = client()) {
			assertThat(slack.canonicalPath("/incidents/Q1/dedicated_channel"))
				.isEqualTo("/incidents/{incident_id}/dedicated_channel");
			assertThat(slack.canonicalPath(baseUrl("/integration-slack") + "/incidents/Q1/notification_channels"))
				.isEqualTo("/incidents/{incident_id}/notification_channels");
			assertThat(slack.canonicalPath("incidents/Q1/notification_channels/C9"))
				.isEqualTo("/incidents/{incident_id}/notification_channels/{channel_id}");
		}
	}

	@Test
	void rgetWhenDedicatedChannelShouldUnwrapChannelAndSendTokenAuth() throws Exception {
		enqueueJson("{'channel':{'id':'C123','name':'inc-42'}}");
		try (SlackIntegrationApiClient slack = client()) {
			JsonNode channel = slack.rget("/incidents/Q1ABC/dedicated_channel");

			assertThat(channel.get("id").asString()).isEqualTo("C123");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/integration-slack/incidents/Q1ABC/dedicated_channel");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void rpostWhenDedicatedChannelShouldWrapTheChannel() throws Exception {
		enqueueJson(201, "{'channel':{'id':'C7'},'warnings':[]}");
		try (SlackIntegrationApiClient slack = client()) {
			JsonNode created = slack.rpost("/incidents/Q1ABC/dedicated_channel", Map.of("name", "inc-42"));

			assertThat(created.get("id").asString()).isEqualTo("C7");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(body(request)).isEqualTo(json("{'channel':{'name':'inc-42'}}"));
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
	}

	@Test
	void rputWhenNotificationChannelsShouldWrapAndUnwrapChannels() throws Exception {
		enqueueJson("{'channels':[{'id':'C1'}],'warnings':[]}");
		try (SlackIntegrationApiClient slack = client()) {
			JsonNode channels = slack.rput("/incidents/Q1ABC/notification_channels", List.of(Map.of("id", "C1")));

			assertThat(channels.get(0).get("id").asString()).isEqualTo("C1");
		}
		assertThat(body(take())).isEqualTo(json("{'channels':[{'id':'C1'}]}"));
	}

	@Test
	void rpostWhenNotificationChannelShouldWrapAndUnwrapChannelAsTheSpecRequires() throws Exception {
		enqueueJson(201, "{'channel':{'id':'C0123','name':'notify'},'warnings':[]}");
		try (SlackIntegrationApiClient slack = client()) {
			JsonNode channel = slack.rpost("/incidents/Q1ABC/notification_channels",
					new TreeMap<>(Map.of("id", "C0123", "slack_team_id", "T0123")));

			assertThat(channel.get("name").asString()).isEqualTo("notify");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/integration-slack/incidents/Q1ABC/notification_channels");
		assertThat(body(request)).isEqualTo(json("{'channel':{'id':'C0123','slack_team_id':'T0123'}}"));
	}

	@Test
	void rgetWhenBearerAuthTypeShouldSendBearerToken() throws Exception {
		enqueueJson("{'channels':[]}");
		try (SlackIntegrationApiClient slack = SlackIntegrationApiClient.builder("oauth-token-9876")
			.authType(AuthType.BEARER)
			.baseUrl(baseUrl("/integration-slack"))
			.build()) {
			assertThat(slack.rget("/incidents/Q1/notification_channels").isArray()).isTrue();
		}
		assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer oauth-token-9876");
	}

	@Test
	void rgetWhenUrlOutsideThePrefixShouldRefuseBeforeSending() {
		try (SlackIntegrationApiClient slack = client()) {
			assertThatExceptionOfType(PagerDutyUrlException.class)
				.isThrownBy(() -> slack.rget(baseUrl("/integration-ms-teams") + "/incidents/Q1/dedicated_channel"));
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void builderWhenApiKeyBlankShouldNameTheArgument() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> SlackIntegrationApiClient.builder(" "))
			.withMessage("apiKey must not be null or blank");
	}

}
