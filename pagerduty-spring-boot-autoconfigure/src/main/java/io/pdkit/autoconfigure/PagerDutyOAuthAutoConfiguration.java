package io.pdkit.autoconfigure;

import io.pdkit.core.AuthType;
import io.pdkit.oauth.OAuthTokenClient;
import io.pdkit.oauth.TokenStore;
import io.pdkit.rest.RestApiV2Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the {@link OAuthTokenClient} bean when {@code pagerduty.oauth.client-id} is set
 * and, with a client secret and scope but no {@code pagerduty.api-key}, a
 * {@link RestApiV2Client} that authenticates with a scoped app token it refreshes by
 * itself (each new token goes to the application's {@link TokenStore} bean, if any).
 */
@AutoConfiguration(after = { PagerDutyAutoConfiguration.class, PagerDutyRestClientAutoConfiguration.class })
@ConditionalOnPagerDutyCredential("pagerduty.oauth.client-id")
public final class PagerDutyOAuthAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OAuthTokenClient oauthTokenClient(PagerDutyClientConfigurer configurer) {
		PagerDutyProperties.OAuth oauth = configurer.properties().getOauth();
		if (oauth.getClientSecret() == null || oauth.getClientSecret().isBlank()) {
			throw new IllegalStateException(
					"pagerduty.oauth.client-secret must be set when pagerduty.oauth.client-id is");
		}
		OAuthTokenClient.Builder builder = OAuthTokenClient
			.builder(oauth.getClientSecret(),
					RequiredProperty.require(oauth.getClientId(), "pagerduty.oauth.client-id"))
			.earlyRefreshBuffer(oauth.getEarlyRefreshBuffer())
			.redirectUri(oauth.getRedirectUri());
		return configurer.configure(builder, oauth.getUrl(), configurer.properties().getRetry(), "pagerduty.retry")
			.build();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPagerDutyCredential("pagerduty.oauth.scope")
	static class AppTokenRestClientConfiguration {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true, absent = true)
		RestApiV2Client restApiV2Client(PagerDutyClientConfigurer configurer, OAuthTokenClient oauth,
				ObjectProvider<TokenStore> tokenStore) {
			PagerDutyProperties properties = configurer.properties();
			RestApiV2Client.Builder builder = RestApiV2Client
				.builder(oauth.appTokenSource(
						RequiredProperty.require(properties.getOauth().getScope(), "pagerduty.oauth.scope"),
						tokenStore.getIfAvailable(TokenStore::none)))
				.authType(AuthType.BEARER)
				.defaultPageSize(properties.getPageSize())
				.defaultFrom(PagerDutyProperties.text(properties.getDefaultFrom()));
			return configurer.configure(builder, properties.getUrl(), properties.getRetry(), "pagerduty.retry").build();
		}

	}

}
