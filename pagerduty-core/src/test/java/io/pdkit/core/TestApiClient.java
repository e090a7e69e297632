package io.pdkit.core;

import java.util.Map;
import java.util.Set;

import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.ResponseListener;

final class TestApiClient extends ApiClient implements RawVerbs {

	static final ApiDefinition API = new ApiDefinition("test", "https://api.pagerduty.com",
			"https://api.eu.pagerduty.com", Set.of("GET", "POST", "PUT", "PATCH", "DELETE"),
			Map.of("Accept", "application/vnd.pagerduty+json;version=2"), RetrySettings.defaults());

	private TestApiClient(Builder builder) {
		super(builder, (method, path) -> path.startsWith("/users/") ? Endpoint.unwrapped(method, "/users/{id}") : null,
				ResponseListener.NONE);
	}

	static Builder builder(String secret) {
		return new Builder(API, CredentialSource.of(secret));
	}

	static Builder builder(ApiDefinition api, CredentialSource credentials) {
		return new Builder(api, credentials);
	}

	@Override
	public ApiResponse request(String method, String url, RequestOptions options) {
		return super.request(method, url, options);
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	static final class Builder extends ApiClient.Builder<TestApiClient, Builder> {

		Builder(ApiDefinition api, CredentialSource credentials) {
			super(api, credentials);
		}

		Builder(TestApiClient source) {
			super(source);
		}

		Builder auth(AuthMethod authMethod) {
			return authMethod(authMethod);
		}

		@Override
		public TestApiClient build() {
			return new TestApiClient(this);
		}

	}

}
