package io.pdkit.autoconfigure;

import io.pdkit.rest.RestApiV2Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Creates the {@link RestApiV2Client} bean when {@code pagerduty.api-key} has text or a
 * {@link PagerDutyConnectionDetails} bean of the application's provides the key, unless
 * the application defines its own client.
 */
@AutoConfiguration(after = PagerDutyAutoConfiguration.class)
@ConditionalOnClass(RestApiV2Client.class)
@ConditionalOnPagerDutyCredential(value = "pagerduty.api-key", orConnectionDetails = true)
public final class PagerDutyRestClientAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	RestApiV2Client restApiV2Client(PagerDutyClientConfigurer configurer) {
		PagerDutyProperties properties = configurer.properties();
		PagerDutyConnectionDetails details = configurer.connectionDetails();
		String apiKey = PagerDutyProperties.required(details.apiKey(), "pagerduty.api-key");
		String from = details.defaultFrom();
		RestApiV2Client.Builder builder = RestApiV2Client.builder(apiKey)
			.authType(properties.getAuthType())
			.defaultPageSize(properties.getPageSize())
			.defaultFrom((from != null) ? from : PagerDutyProperties.text(properties.getDefaultFrom()));
		return configurer.configure(builder, details.restUrl(), properties.getRetry(), "pagerduty.retry").build();
	}

}
