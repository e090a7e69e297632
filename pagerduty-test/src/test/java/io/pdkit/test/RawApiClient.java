package io.pdkit.test;

import java.util.Map;
import java.util.Set;

import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.RawVerbs;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;

/**
 * The smallest pdkit client: the foundation's raw verbs, authenticating like the REST API
 * v2 client.
 */
final class RawApiClient extends ApiClient implements RawVerbs {

	static final ApiDefinition API = new ApiDefinition("simulator", "https://api.pagerduty.com",
			"https://api.eu.pagerduty.com", Set.of("GET", "POST", "PUT", "DELETE"),
			Map.of("Accept", "application/vnd.pagerduty+json;version=2"), RetrySettings.defaults());

	private RawApiClient(Builder builder) {
		super(builder);
	}

	static Builder builder(String secret) {
		return new Builder(CredentialSource.of(secret));
	}

	@Override
	public ApiResponse request(String method, String url, RequestOptions options) {
		return super.request(method, url, options);
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	static final class Builder extends ApiClient.Builder<RawApiClient, Builder> {

		Builder(CredentialSource credentials) {
			super(API, credentials);
			authMethod(AuthMethod.header(AuthType.TOKEN));
		}

		Builder(RawApiClient source) {
			super(source);
		}

		@Override
		public RawApiClient build() {
			return new RawApiClient(this);
		}

	}

}
