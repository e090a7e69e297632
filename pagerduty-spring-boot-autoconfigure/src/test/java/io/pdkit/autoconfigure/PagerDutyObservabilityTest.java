package io.pdkit.autoconfigure;

import java.net.InetAddress;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyObservabilityTest {

	private static final String API_KEY = "u+SecretApiKey1234";

	private final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(PagerDutyTestConfigurations.bootHttp())
		.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class,
				org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration.class))
		.withUserConfiguration(NoSleep.class);

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private String[] restProperties(String... more) {
		String[] base = { "pagerduty.api-key=" + API_KEY, "pagerduty.url=http://127.0.0.1:" + this.server.getPort() };
		String[] all = new String[base.length + more.length];
		System.arraycopy(base, 0, all, 0, base.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return all;
	}

	@Test
	void requestsShouldProduceTimerRetryCounterAndRateLimitGauge() {
		this.server.enqueue(new MockResponse.Builder().code(429).addHeader("ratelimit-remaining", "0").build());
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("ratelimit-remaining", "958")
			.body("{\"user\":{\"id\":\"PABC\"}}")
			.build());
		this.runner.withPropertyValues(restProperties()).run(context -> {
			context.getBean(RestApiV2Client.class).rget("/users/PABC");

			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("pagerduty.client.requests")
				.tags("api", "rest", "method", "GET", "endpoint", "/users/{id}", "status", "429", "outcome",
						"CLIENT_ERROR")
				.timer()
				.count()).isEqualTo(1);
			assertThat(
					meters.get("pagerduty.client.requests").tags("status", "200", "outcome", "SUCCESS").timer().count())
				.isEqualTo(1);
			assertThat(meters.get("pagerduty.client.retries")
				.tags("api", "rest", "endpoint", "/users/{id}", "reason", "rate_limited")
				.counter()
				.count()).isEqualTo(1);
			assertThat(meters.get("pagerduty.client.rate-limit.remaining").tags("api", "rest").gauge().value())
				.isEqualTo(958);
			assertThat(meters.getMeters()).allSatisfy(
					meter -> assertThat(meter.getId().toString()).doesNotContain("PABC").doesNotContain("1234"));
		});
	}

	@Test
	void bootHttpClientObservationShouldUseTheCanonicalPathAsUri() {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"user\":{\"id\":\"PABC\"}}").build());
		this.runner
			.withConfiguration(AutoConfigurations
				.of(org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration.class))
			.withPropertyValues(restProperties())
			.run(context -> {
				context.getBean(RestApiV2Client.class).rget("/users/PABC");

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(
						meters.get("http.client.requests").tags("uri", "/users/{id}", "method", "GET").timer().count())
					.isEqualTo(1);
			});
	}

	@Test
	void healthShouldBeUpAndCachedWhenPagerDutyAnswers() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("x-request-id", "r-1")
			.body("{\"abilities\":[]}")
			.build());
		this.runner.withPropertyValues(restProperties()).run(context -> {
			HealthIndicator indicator = context.getBean("pagerdutyHealthIndicator", HealthIndicator.class);

			Health first = indicator.health(true);
			Health second = indicator.health(true);

			assertThat(first.getStatus()).isEqualTo(Status.UP);
			assertThat(first.getDetails()).containsEntry("status", 200)
				.containsEntry("requestId", "r-1")
				.containsEntry("credential", "*1234");
			assertThat(second.getStatus()).isEqualTo(Status.UP);
			assertThat(indicator)
				.isInstanceOf(org.springframework.boot.health.contributor.AbstractHealthIndicator.class)
				.isExactlyInstanceOf(io.pdkit.health.PagerDutyHealthIndicator.class);
			assertThat(indicator.health(false).getDetails()).isEmpty();
			assertThat(this.server.getRequestCount()).isEqualTo(1);
			assertThat(this.server.takeRequest().getTarget()).isEqualTo("/abilities");
			assertThat(first.toString()).doesNotContain("SecretApiKey");
		});
	}

	@Test
	void healthShouldBeDownWithStatusAndRequestIdOnUnauthorized() {
		this.server.enqueue(new MockResponse.Builder().code(401).addHeader("x-request-id", "r-401").build());
		this.runner.withPropertyValues(restProperties()).run(context -> {
			Health health = context.getBean("pagerdutyHealthIndicator", HealthIndicator.class).health(true);

			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("status", 401).containsEntry("requestId", "r-401");
			assertThat(health.toString()).doesNotContain("SecretApiKey");
		});
	}

	@Test
	void healthShouldBeDownOnServerErrorAndNetworkFailure() {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.runner.withPropertyValues(restProperties("pagerduty.health.cache-ttl=0s")).run(context -> {
			HealthIndicator indicator = context.getBean("pagerdutyHealthIndicator", HealthIndicator.class);
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
		});
		this.runner
			.withPropertyValues("pagerduty.api-key=" + API_KEY, "pagerduty.url=http://127.0.0.1:1",
					"pagerduty.retry.max-network-attempts=0")
			.run(context -> {
				Health health = context.getBean("pagerdutyHealthIndicator", HealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat((String) health.getDetails().get("error"))
					.startsWith("PagerDutyException: GET http://127.0.0.1:1/abilities");
			});
	}

	@Test
	void healthShouldReportEventsAndOAuthConfigurationMasked() {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		this.runner
			.withPropertyValues(restProperties("pagerduty.events.routing-key=R0UT1NGKEY0000000000000000000abc",
					"pagerduty.oauth.client-id=cid", "pagerduty.oauth.client-secret=client-secret-9876"))
			.run(context -> {
				Health health = context.getBean("pagerdutyHealthIndicator", HealthIndicator.class).health(true);
				assertThat(health.getDetails()).containsEntry("events",
						Map.of("baseUrl", "https://events.pagerduty.com", "routingKey", "*0abc"));
				assertThat(health.getDetails()).containsEntry("oauth", Map.of("baseUrl",
						"https://identity.pagerduty.com", "clientId", "cid", "clientSecret", "*9876"));
				assertThat(this.server.getRequestCount()).isEqualTo(1);
			});
	}

	@Test
	void healthIndicatorShouldBeDisabledByProperty() {
		this.runner.withPropertyValues(restProperties("management.health.pagerduty.enabled=false"))
			.run(context -> assertThat(context).doesNotHaveBean("pagerdutyHealthIndicator"));
	}

	@Test
	void actuatorShouldNeverShowSecretsEvenWithShowValuesAlways() {
		this.runner
			.withConfiguration(
					AutoConfigurations.of(EndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
							ConfigurationPropertiesReportEndpointAutoConfiguration.class))
			.withPropertyValues(restProperties("spring.jmx.enabled=true",
					"management.endpoints.jmx.exposure.include=env,configprops",
					"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
					"pagerduty.events.routing-key=R0UT1NGKEY0000000000000000000abc", "pagerduty.oauth.client-id=cid",
					"pagerduty.oauth.client-secret=client-secret-9876"))
			.run(context -> {
				JsonMapper json = JsonMapper.builder().build();
				String env = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
				String configprops = json.writeValueAsString(
						context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());

				assertThat(env).contains("pagerduty.api-key").contains("*1234").contains("*0abc").contains("*9876");
				assertThat(configprops).contains("*1234").contains("*0abc").contains("*9876");
				for (String text : new String[] { env, configprops }) {
					assertThat(text).doesNotContain("SecretApiKey")
						.doesNotContain("R0UT1NGKEY")
						.doesNotContain("client-secret-9876");
				}
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class NoSleep {

		@Bean
		PagerDutyClientCustomizer noSleep() {
			return builder -> builder.sleeper(duration -> {
			});
		}

	}

}
