package io.pdkit.integrations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.pdkit.core.ApiClient;
import io.pdkit.core.PagerDutyRequestContext;
import io.pdkit.core.RawVerbs;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.EntityWrappers;
import io.pdkit.rest.RestApiV2BaseClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationOperationsTest extends IntegrationStub {

	private static final Map<String, Function<String, ApiClient.Builder<?, ?>>> BUILDERS = Map.of(
			"SlackIntegrationApiClient", url -> SlackIntegrationApiClient.builder(API_KEY).baseUrl(url),
			"SlackIntegrationConnectionsApiClient",
			url -> SlackIntegrationConnectionsApiClient.builder(API_KEY).baseUrl(url), "MsTeamsIntegrationApiClient",
			url -> MsTeamsIntegrationApiClient.builder(API_KEY).baseUrl(url), "JiraCloudIntegrationApiClient",
			url -> JiraCloudIntegrationApiClient.builder(API_KEY).baseUrl(url), "JiraServerIntegrationApiClient",
			url -> JiraServerIntegrationApiClient.builder(API_KEY, "jira-signature-5678").baseUrl(url), "ScimApiClient",
			url -> ScimApiClient.builder(API_KEY).baseUrl(url), "McpApiClient",
			url -> McpApiClient.builder(API_KEY).baseUrl(url));

	static Stream<Arguments> operations() throws IOException {
		try (InputStream in = IntegrationOperationsTest.class.getResourceAsStream("operations.tsv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines()
				.filter(line -> !line.startsWith("#") && !line.isBlank())
				.map(line -> line.split("\t", -1))
				.map(fields -> Arguments.of(fields[0], fields[1], fields[2], fields[3], wrapper(fields[4]),
						wrapper(fields[5])))
				.toList()
				.stream();
		}
	}

	private static String wrapper(String field) {
		return field.equals("-") ? null : field;
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("operations")
	void requestWhenDocumentedOperationShouldBePermittedAndTagItsCanonicalPath(String client, String method,
			String canonical, String sample, String request, String response) throws Exception {
		List<PagerDutyRequestContext> contexts = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<PagerDutyRequestContext>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof PagerDutyRequestContext;
			}

			@Override
			public void onStop(PagerDutyRequestContext context) {
				contexts.add(context);
			}
		});
		enqueueJson("{}");
		try (ApiClient api = BUILDERS.get(client).apply(baseUrl("/prefix")).observationRegistry(registry).build()) {
			assertThat(api.api().permittedMethods()).contains(method);
			((RawVerbs) api).request(method, sample, RequestOptions.none());
			if (api instanceof RestApiV2BaseClient rest) {
				assertThat(rest.canonicalPath(sample)).isEqualTo(canonical);
				assertThat(rest.entityWrappers(method, canonical)).isEqualTo(new EntityWrappers(request, response));
			}
		}
		assertThat(take().getTarget()).isEqualTo("/prefix" + sample);
		assertThat(contexts).extracting(PagerDutyRequestContext::endpoint).containsExactly(canonical);
	}

}
