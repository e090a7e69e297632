package io.pdkit.core;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.integrations.JiraCloudIntegrationApiClient;
import io.pdkit.integrations.JiraServerIntegrationApiClient;
import io.pdkit.integrations.McpApiClient;
import io.pdkit.integrations.MsTeamsIntegrationApiClient;
import io.pdkit.integrations.ScimApiClient;
import io.pdkit.integrations.SlackIntegrationApiClient;
import io.pdkit.integrations.SlackIntegrationConnectionsApiClient;
import io.pdkit.oauth.OAuthTokenClient;
import io.pdkit.rest.RestApiV2Client;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RawVerbsTest {

	private static final Set<String> VERBS = Set.of("get", "post", "put", "patch", "delete", "request");

	@ParameterizedTest
	@ValueSource(classes = { EventsApiV2Client.class, OAuthTokenClient.class })
	void publicMethodsWhenEventsOrOAuthClientShouldHaveNoRawVerb(Class<?> type) {
		List<String> verbs = Arrays.stream(type.getMethods())
			.filter(method -> VERBS.contains(method.getName()))
			.map(Method::toGenericString)
			.toList();

		assertThat(verbs).isEmpty();
		assertThat(RawVerbs.class.isAssignableFrom(type)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(classes = { RestApiV2Client.class, SlackIntegrationApiClient.class,
			SlackIntegrationConnectionsApiClient.class, MsTeamsIntegrationApiClient.class,
			JiraCloudIntegrationApiClient.class, JiraServerIntegrationApiClient.class, ScimApiClient.class,
			McpApiClient.class })
	void publicMethodsWhenClientTakesArbitraryRequestsShouldHaveEveryRawVerb(Class<?> type) throws Exception {
		assertThat(RawVerbs.class.isAssignableFrom(type)).isTrue();
		assertThat(Arrays.stream(type.getMethods()).map(Method::getName)).containsAll(VERBS);
		Method request = type.getMethod("request", String.class, String.class, RequestOptions.class);
		assertThat(Modifier.isPublic(request.getModifiers())).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "get", "post", "put", "patch", "delete", "request" })
	void apiClientWhenRawVerbShouldNotBePublic(String verb) {
		assertThat(Arrays.stream(ApiClient.class.getMethods()).map(Method::getName)).doesNotContain(verb);
	}

}
