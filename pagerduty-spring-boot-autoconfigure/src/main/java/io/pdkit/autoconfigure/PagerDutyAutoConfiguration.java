package io.pdkit.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import io.pdkit.autoconfigure.diagnostics.PagerDutyConfigurationKeys;
import io.pdkit.core.ApiClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.web.client.RestClient;

/**
 * Binds {@code pagerduty.*}, checks that every {@code pagerduty.*} key in the
 * application's configuration is one pdkit knows, provides the default
 * {@link PagerDutyConnectionDetails} and prepares what every PagerDuty client bean is
 * built with: the HTTP stack (Boot's, when spring-boot-http-client is present) and the
 * {@link PagerDutyClientConfigurer}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
		"org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass(ApiClient.class)
@EnableConfigurationProperties(PagerDutyProperties.class)
@ImportRuntimeHints(PagerDutyRuntimeHints.class)
public final class PagerDutyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(PagerDutyConnectionDetails.class)
	PropertiesPagerDutyConnectionDetails pagerDutyConnectionDetails(PagerDutyProperties properties) {
		return new PropertiesPagerDutyConnectionDetails(properties);
	}

	@Bean
	static PagerDutyConfigurationKeys pagerDutyConfigurationKeys() {
		return new PagerDutyConfigurationKeys();
	}

	@Bean
	PagerDutyClientConfigurer pagerDutyClientConfigurer(PagerDutyProperties properties, PagerDutyHttpStack httpStack,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<PagerDutyClientCustomizer> customizers, PagerDutyConnectionDetails connectionDetails) {
		return new PagerDutyClientConfigurer(properties, httpStack, observationRegistry, jsonMapper, customizers,
				connectionDetails);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
	static class BootHttpStackConfiguration {

		@Bean
		PagerDutyHttpStack pagerDutyHttpStack(ListableBeanFactory beanFactory,
				ObjectProvider<RestClient.Builder> restClientBuilders,
				ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilders,
				ObjectProvider<HttpClientSettings> settings) {
			return new BootRestClientHttpStack(
					() -> BootRestClientBuilders.applicationBuilder(beanFactory, restClientBuilders), factoryBuilders,
					settings);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder")
	static class StandaloneHttpStackConfiguration {

		@Bean
		PagerDutyHttpStack pagerDutyHttpStack() {
			return PagerDutyHttpStack.standalone();
		}

	}

}
