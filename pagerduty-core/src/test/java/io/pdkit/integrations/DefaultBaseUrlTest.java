package io.pdkit.integrations;

import java.util.function.Supplier;
import java.util.stream.Stream;

import io.pdkit.core.ApiClient;
import io.pdkit.core.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultBaseUrlTest {

	static Stream<Arguments> clients() {
		return Stream.of(Arguments.of(builder(() -> SlackIntegrationApiClient.builder("k")),
				"https://api.pagerduty.com/integration-slack", "https://api.eu.pagerduty.com/integration-slack"),
				Arguments.of(builder(() -> SlackIntegrationConnectionsApiClient.builder("k")),
						"https://app.pagerduty.com/integration-slack",
						"https://app.eu.pagerduty.com/integration-slack"),
				Arguments.of(builder(() -> MsTeamsIntegrationApiClient.builder("k")),
						"https://api.pagerduty.com/integration-ms-teams",
						"https://api.eu.pagerduty.com/integration-ms-teams"),
				Arguments.of(builder(() -> JiraCloudIntegrationApiClient.builder("k")),
						"https://api.pagerduty.com/integration-jira-cloud",
						"https://api.eu.pagerduty.com/integration-jira-cloud"),
				Arguments.of(builder(() -> JiraServerIntegrationApiClient.builder("k", "s")),
						"https://app.pagerduty.com/integration-jira-service",
						"https://app.eu.pagerduty.com/integration-jira-service"),
				Arguments.of(builder(() -> ScimApiClient.builder("k")), "https://api.pagerduty.com/scim/v2",
						"https://api.eu.pagerduty.com/scim/v2"),
				Arguments.of(builder(() -> McpApiClient.builder("k")), "https://mcp.pagerduty.com",
						"https://mcp.eu.pagerduty.com"));
	}

	private static Supplier<ApiClient.Builder<?, ?>> builder(Supplier<ApiClient.Builder<?, ?>> supplier) {
		return supplier;
	}

	@ParameterizedTest
	@MethodSource("clients")
	void baseUrlWhenRegionChosenShouldBeTheDocumentedDefault(Supplier<ApiClient.Builder<?, ?>> builder, String us,
			String eu) {
		try (ApiClient byDefault = builder.get().build();
				ApiClient inUs = builder.get().region(Region.US).build();
				ApiClient inEu = builder.get().region(Region.EU).build()) {
			assertThat(byDefault.baseUrl()).isEqualTo(us);
			assertThat(inUs.baseUrl()).isEqualTo(us);
			assertThat(inEu.baseUrl()).isEqualTo(eu);
			assertThat(byDefault.api().baseUrl(Region.EU)).isEqualTo(eu);
		}
	}

	@ParameterizedTest
	@MethodSource("clients")
	void baseUrlWhenOverriddenShouldWinOverTheRegion(Supplier<ApiClient.Builder<?, ?>> builder, String us, String eu) {
		try (ApiClient client = builder.get().region(Region.EU).baseUrl("https://proxy.example.com/pd").build()) {
			assertThat(client.baseUrl()).isEqualTo("https://proxy.example.com/pd");
			assertThat(client.mutate().build().baseUrl()).isEqualTo("https://proxy.example.com/pd");
		}
	}

}
