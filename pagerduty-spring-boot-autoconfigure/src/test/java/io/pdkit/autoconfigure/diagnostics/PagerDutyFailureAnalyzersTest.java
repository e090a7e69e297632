package io.pdkit.autoconfigure.diagnostics;

import java.util.Map;
import java.util.function.BooleanSupplier;

import io.pdkit.appkeys.AppProperties;
import io.pdkit.autoconfigure.PagerDutyAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyEventsAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyRestClientAutoConfiguration;
import io.pdkit.rest.RestApiV2Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class PagerDutyFailureAnalyzersTest {

	@Test
	void startWhenKeysAreMistypedShouldReportEachWithTheNearestValidKey(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("typo", UsesRestClient.class))
			.isInstanceOf(UnknownPagerDutyKeysException.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The application's configuration has PagerDuty keys that pdkit does not know:")
			.contains("pagerduty.api-token (from class path resource [diagnostics/typo.yml] - 2:14): did you mean"
					+ " pagerduty.api-key?")
			.contains("pagerduty.event.routing-key (from class path resource [diagnostics/typo.yml] - 4:18): did you"
					+ " mean pagerduty.events.routing-key?")
			.contains("or set pagerduty.fail-on-unknown-keys=false to only log a warning.")
			.doesNotContain("abc123")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenClientBeanIsMissingShouldNameThePropertyAndTheNearMiss(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("typo-warn", UsesRestClient.class));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("A bean of type io.pdkit.rest.RestApiV2Client is required but none exists. pdkit creates it when"
					+ " pagerduty.api-key (environment variable PAGERDUTY_API_KEY), or pagerduty.oauth.client-id,"
					+ " client-secret and scope for an app token has a value, and pagerduty.api-key is not set.")
			.contains("pagerduty.api-token (from class path resource [diagnostics/typo-warn.yml] - 3:14): did you"
					+ " mean pagerduty.api-key?")
			.contains("Set pagerduty.api-key (environment variable PAGERDUTY_API_KEY)")
			.contains("@AutoConfigurePagerDutySimulator")
			.doesNotContain("Consider defining a bean of type")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenRegionIsNotOneOfItsValuesShouldListTheLowerCaseValues(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("region", Object.class));

		assertThat(output)
			.contains("pagerduty.region is 'ap' (from class path resource [diagnostics/region.yml] -"
					+ " 2:11), which is not one of its values: us, eu.")
			.contains("Set pagerduty.region to one of: us, eu.")
			.doesNotContain("No enum constant")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenAuthTypeIsNotOneOfItsValuesShouldListTheLowerCaseValues(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("auth-type", Object.class));

		assertThat(output).contains("pagerduty.auth-type is 'basic'")
			.contains("Set pagerduty.auth-type to one of: token, oauth2, bearer, header-passthru.")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenUnknownPagerDutyVariableIsInTheEnvironmentShouldIgnoreIt() {
		SpringApplication application = application("empty", Object.class);
		application.addInitializers(context -> context.getEnvironment()
			.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource("testEnvironment",
					Map.of("PAGERDUTY_EVENTS_ROUTING_KEY_OLD", "x", "PAGERDUTY_API_TOKEN", "y"))));
		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(context.getBeanNamesForType(RestApiV2Client.class)).isEmpty();
		}
	}

	@Test
	void startWhenTheApplicationBindsItsOwnKeysBelowPagerDutyShouldAcceptThem() {
		SpringApplication application = application("own-keys", Object.class);
		Class<? extends BooleanSupplier> type = AppProperties.sampleType();
		application.addInitializers(context -> ((GenericApplicationContext) context).registerBean(type));
		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(context.getBean(type).getAsBoolean()).isTrue();
		}
	}

	@Test
	void startWhenOwnKeysBelowPagerDutySitBesideAnUnknownKeyShouldReportOnlyTheUnknownOne(CapturedOutput output) {
		SpringApplication application = application("own-keys-typo", Object.class);
		Class<? extends BooleanSupplier> type = AppProperties.sampleType();
		application.addInitializers(context -> ((GenericApplicationContext) context).registerBean(type));

		assertThatException().isThrownBy(() -> application.run().close())
			.isInstanceOf(UnknownPagerDutyKeysException.class);
		assertThat(output).contains("pagerduty.api-token (from class path resource [diagnostics/own-keys-typo.yml]")
			.doesNotContain("pagerduty.sample.serve (from");
	}

	private static void start(String config, Class<?> component) {
		application(config, component).run().close();
	}

	private static SpringApplication application(String config, Class<?> component) {
		SpringApplication application = new SpringApplication(PagerDutyOnly.class, component);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("spring.config.location",
				"optional:classpath:diagnostics/" + config + ".yml", "spring.main.banner-mode", "off"));
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PagerDutyAutoConfiguration.class, PagerDutyRestClientAutoConfiguration.class,
			PagerDutyEventsAutoConfiguration.class })
	static class PagerDutyOnly {

	}

	static class UsesRestClient {

		UsesRestClient(RestApiV2Client client) {
		}

	}

}
