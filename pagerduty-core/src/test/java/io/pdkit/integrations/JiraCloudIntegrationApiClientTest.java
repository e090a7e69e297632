package io.pdkit.integrations;

import java.util.List;
import java.util.Map;

import io.pdkit.core.AuthType;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class JiraCloudIntegrationApiClientTest extends IntegrationStub {

	private JiraCloudIntegrationApiClient client() {
		return JiraCloudIntegrationApiClient.builder(API_KEY).baseUrl(baseUrl("/integration-jira-cloud")).build();
	}

	@Test
	void rgetWhenAccountMappingShouldReturnTheBareObjectWithJsonHeaders() throws Exception {
		enqueueJson("{'id':'PMAP1','jira_cloud_account':{'base_url':'https://acme.atlassian.net'}}");
		try (JiraCloudIntegrationApiClient jira = client()) {
			JsonNode mapping = jira.rget("/accounts_mappings/PMAP1");

			assertThat(mapping.get("id").asString()).isEqualTo("PMAP1");
		}
		RecordedRequest request = take();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/integration-jira-cloud/accounts_mappings/PMAP1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=" + API_KEY);
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
	}

	@Test
	void rpostWhenRuleShouldSendAndReturnTheBareRule() throws Exception {
		enqueueJson(201, "{'id':'PRULE1','name':'Sev1 to JIRA'}");
		try (JiraCloudIntegrationApiClient jira = client()) {
			JsonNode rule = jira.rpost("/accounts_mappings/PMAP1/rules", Map.of("name", "Sev1 to JIRA"));

			assertThat(rule.get("id").asString()).isEqualTo("PRULE1");
		}
		RecordedRequest request = take();
		assertThat(request.getTarget()).isEqualTo("/integration-jira-cloud/accounts_mappings/PMAP1/rules");
		assertThat(body(request)).isEqualTo(json("{'name':'Sev1 to JIRA'}"));
		assertThat(request.getHeaders().values("Content-Type")).hasSize(1);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
	}

	@Test
	void iterAllWhenAccountMappingsPagedShouldFollowOffsets() throws Exception {
		enqueueJson("{'accounts_mappings':[{'id':'M1'}],'limit':1,'offset':0,'more':true,'total':null}");
		enqueueJson("{'accounts_mappings':[{'id':'M2'}],'limit':1,'offset':1,'more':false,'total':null}");
		try (JiraCloudIntegrationApiClient jira = JiraCloudIntegrationApiClient.builder("oauth-token-1234")
			.authType(AuthType.BEARER)
			.defaultPageSize(1)
			.baseUrl(baseUrl("/integration-jira-cloud"))
			.build()) {
			List<JsonNode> mappings = jira.listAll("/accounts_mappings");

			assertThat(mappings).extracting(mapping -> mapping.get("id").asString()).containsExactly("M1", "M2");
		}
		RecordedRequest first = take();
		assertThat(first.getTarget())
			.isEqualTo("/integration-jira-cloud/accounts_mappings?limit=1&total=false&offset=0");
		assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer oauth-token-1234");
		assertThat(take().getTarget())
			.isEqualTo("/integration-jira-cloud/accounts_mappings?limit=1&total=false&offset=1");
	}

	@Test
	void iterAllWhenRulesOfAMappingShouldUnwrapRules() throws Exception {
		enqueueJson("{'rules':[{'id':'R1'}],'more':false}");
		try (JiraCloudIntegrationApiClient jira = client()) {
			assertThat(jira.listAll("/accounts_mappings/PMAP1/rules")).hasSize(1);
		}
		assertThat(take().getTarget())
			.isEqualTo("/integration-jira-cloud/accounts_mappings/PMAP1/rules?limit=100&total=false&offset=0");
	}

}
