package io.pdkit.integrations;

import java.util.List;
import java.util.Map;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.RequestOptions;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JiraServerIntegrationApiClientTest extends IntegrationStub {

	private static final String ACCESS_TOKEN = "pd-access-token-AAAA1111";

	private static final String SIGNATURE = "jira-signature-token-ZZ9876";

	private JiraServerIntegrationApiClient client() {
		return JiraServerIntegrationApiClient.builder(ACCESS_TOKEN, SIGNATURE)
			.baseUrl(baseUrl("/integration-jira-service"))
			.build();
	}

	@Test
	void rgetWhenRuleShouldSendBearerAndSignatureAndUnwrapRule() throws Exception {
		enqueueJson("{'rule':{'id':'R1','name':'Sev1'}}");
		try (JiraServerIntegrationApiClient jira = client()) {
			JsonNode rule = jira.rget("/rules/R1");

			assertThat(rule.get("name").asString()).isEqualTo("Sev1");
		}
		RecordedRequest request = take();
		assertThat(request.getTarget()).isEqualTo("/integration-jira-service/rules/R1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
		assertThat(request.getHeaders().get("x-pagerduty-jira-signature")).isEqualTo(SIGNATURE);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void rpostWhenRuleShouldWrapRule() throws Exception {
		enqueueJson(201, "{'rule':{'id':'R2'}}");
		try (JiraServerIntegrationApiClient jira = client()) {
			assertThat(jira.rpost("/rules", Map.of("name", "Sev2")).get("id").asString()).isEqualTo("R2");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(body(request)).isEqualTo(json("{'rule':{'name':'Sev2'}}"));
		assertThat(request.getHeaders().get("x-pagerduty-jira-signature")).isEqualTo(SIGNATURE);
	}

	@Test
	void iterAllWhenRulesPagedShouldFollowOffsets() throws Exception {
		enqueueJson("{'rules':[{'id':'R1'},{'id':'R2'}],'more':true}");
		enqueueJson("{'rules':[],'more':true}");
		try (JiraServerIntegrationApiClient jira = client()) {
			List<JsonNode> rules = jira.listAll("/rules");

			assertThat(rules).hasSize(2);
		}
		assertThat(take().getTarget()).isEqualTo("/integration-jira-service/rules?limit=100&total=false&offset=0");
		assertThat(take().getTarget()).isEqualTo("/integration-jira-service/rules?limit=2&total=false&offset=2");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void requestWhenCallerSetsSignatureHeaderShouldBeRefusedBeforeSending() {
		try (JiraServerIntegrationApiClient jira = client()) {
			RequestOptions forged = RequestOptions.builder().header("x-pagerduty-jira-signature", "forged").build();
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> jira.get("/rules", forged))
				.withMessage("headers: x-pagerduty-jira-signature is set from the client's credential and cannot be "
						+ "replaced per request");
		}
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void rgetWhenServerEchoesTheSignatureTokenShouldMaskItInTheMessage() {
		enqueueJson(400, "{'error':'bad signature " + SIGNATURE + "'}");
		try (JiraServerIntegrationApiClient jira = client()) {
			assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> jira.rget("/rules/R1"))
				.withMessageContaining("bad signature *9876")
				.withMessageNotContaining(SIGNATURE);
		}
	}

	@Test
	void toStringWhenPrintedShouldMaskBothTokens() {
		try (JiraServerIntegrationApiClient jira = client()) {
			assertThat(jira.toString()).contains("*1111")
				.contains("*9876")
				.doesNotContain("pd-access-token")
				.doesNotContain("jira-signature-token");
			assertThat(jira.maskedSignatureToken()).isEqualTo("*9876");
			assertThat(jira.authType()).isEqualTo(AuthType.BEARER);
		}
	}

	@Test
	void mutateWhenBuiltShouldKeepBothTokens() throws Exception {
		enqueueJson("{'rules':[]}");
		try (JiraServerIntegrationApiClient jira = client();
				JiraServerIntegrationApiClient copy = jira.mutate().defaultPageSize(5).build()) {
			copy.jget("/rules");
			assertThat(copy.toString()).isEqualTo(jira.toString());
		}
		RecordedRequest request = take();
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
		assertThat(request.getHeaders().get("x-pagerduty-jira-signature")).isEqualTo(SIGNATURE);
	}

	@Test
	void builderWhenTokensMissingOrAuthTypeNotBearerShouldNameTheArgument() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> JiraServerIntegrationApiClient.builder("", SIGNATURE))
			.withMessage("accessToken must not be null or blank");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> JiraServerIntegrationApiClient.builder(ACCESS_TOKEN, " "))
			.withMessage("jiraSignatureToken must not be null or blank");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> JiraServerIntegrationApiClient.builder(ACCESS_TOKEN, SIGNATURE).authType(AuthType.TOKEN))
			.withMessage("authType: the Jira Server integration API accepts only a bearer token, was TOKEN");
	}

}
