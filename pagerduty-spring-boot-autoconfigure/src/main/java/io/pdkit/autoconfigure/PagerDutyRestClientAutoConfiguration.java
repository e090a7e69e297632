package io.pdkit.autoconfigure;

import io.pdkit.rest.RestApiV2Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Creates the {@link RestApiV2Client} bean when {@code pagerduty.api-key} is set, unless the application defines
 * its own.
 */
@AutoConfiguration(after = PagerDutyAutoConfiguration.class)
@ConditionalOnClass(RestApiV2Client.class)
@ConditionalOnProperty("pagerduty.api-key")
public final class PagerDutyRestClientAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    RestApiV2Client restApiV2Client(PagerDutyClientConfigurer configurer) {
        PagerDutyProperties properties = configurer.properties();
        String apiKey = PagerDutyProperties.required(properties.getApiKey(), "pagerduty.api-key");
        RestApiV2Client.Builder builder = RestApiV2Client.builder(apiKey)
            .authType(properties.getAuthType())
            .defaultPageSize(properties.getPageSize())
            .defaultFrom(properties.getDefaultFrom());
        return configurer.configure(builder, properties.getUrl(), properties.getRetry(), "pagerduty.retry").build();
    }

}
