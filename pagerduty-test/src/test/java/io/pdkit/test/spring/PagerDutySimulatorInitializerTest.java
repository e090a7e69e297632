package io.pdkit.test.spring;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.pdkit.test.PagerDutySimulator;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagerDutySimulatorInitializerTest {

	@Test
	void initializeWithoutApiKeyShouldStartSimulatorAndPointPropertiesAtIt() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new PagerDutySimulatorInitializer().initialize(context);
			context.refresh();

			PagerDutySimulator simulator = context.getBean(PagerDutySimulator.class);
			assertThat(simulator.isRunning()).isTrue();
			assertThat(context.getEnvironment().getProperty("pagerduty.url")).isEqualTo(simulator.restBaseUrl());
			assertThat(context.getEnvironment().getProperty("pagerduty.events.url"))
				.isEqualTo(simulator.eventsBaseUrl());
			assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo(simulator.apiKey());
			assertThat(context.getEnvironment().getProperty("pagerduty.events.routing-key"))
				.isEqualTo(simulator.routingKey());
			assertThat(context.getEnvironment().getProperty("pagerduty.default-from"))
				.isEqualTo(simulator.ownerEmail());
			context.close();
			assertThat(simulator.isRunning()).isFalse();
		}
	}

	@Test
	void initializeWhenNoApiKeyModeHasApiKeyShouldLeaveTheApplicationAloneAndSayWhereItTalks() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("pagerduty.api-key", "real-key-1234")));
			PrintStream out = System.out;
			ByteArrayOutputStream captured = new ByteArrayOutputStream();
			System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
			try {
				PagerDutySimulatorInitializer.whenNoApiKey().initialize(context);
			}
			finally {
				System.setOut(out);
			}
			context.refresh();

			assertThat(context.getBeanNamesForType(PagerDutySimulator.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo("real-key-1234");
			assertThat(captured.toString(StandardCharsets.UTF_8)).contains(
					"pagerduty.api-key is set, so no simulator is started; the clients talk to PagerDuty's production API")
				.doesNotContain("real-key-1234");
		}
	}

	@Test
	void initializeInTestModeWithRealApiKeyShouldStillStartTheSimulatorAndMaskTheKey() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test",
						Map.of("pagerduty.api-key", "real-key-1234", "pagerduty.oauth.client-id", "real-client")));
			new PagerDutySimulatorInitializer().initialize(context);
			context.refresh();

			PagerDutySimulator simulator = context.getBean(PagerDutySimulator.class);
			assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo(simulator.apiKey());
			assertThat(context.getEnvironment().getProperty("pagerduty.oauth.client-id")).isEmpty();
		}
	}

	@Test
	void initializeWhenApiKeyPlaceholderIsUnresolvableShouldStartTheSimulator() {
		for (PagerDutySimulatorInitializer initializer : List.of(new PagerDutySimulatorInitializer(),
				PagerDutySimulatorInitializer.whenNoApiKey())) {
			try (GenericApplicationContext context = new GenericApplicationContext()) {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(
							new MapPropertySource("test", Map.of("pagerduty.api-key", "${PDKIT_TEST_UNSET_VARIABLE}")));
				initializer.initialize(context);
				context.refresh();

				PagerDutySimulator simulator = context.getBean(PagerDutySimulator.class);
				assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo(simulator.apiKey());
			}
		}
	}

	@Test
	void initializeDuringAotProcessingShouldLendPropertiesAndLeaveNoSimulatorRunning() {
		System.setProperty("spring.aot.processing", "true");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			PagerDutySimulatorInitializer.whenNoApiKey().initialize(context);
			context.refresh();

			assertThat(context.getBeanNamesForType(PagerDutySimulator.class)).isEmpty();
			assertThat(context.getEnvironment().getProperty("pagerduty.api-key"))
				.isEqualTo(PagerDutySimulator.DEFAULT_API_KEY);
			assertThat(context.getEnvironment().getProperty("pagerduty.events.routing-key"))
				.isEqualTo(PagerDutySimulator.DEMO_ROUTING_KEY);
		}
		finally {
			System.clearProperty("spring.aot.processing");
		}
	}

	@Test
	void initializeWhenDisabledShouldNotStartTheSimulator() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("pagerduty.simulator.enabled", "false")));
			new PagerDutySimulatorInitializer().initialize(context);
			context.refresh();

			assertThat(context.getBeanNamesForType(PagerDutySimulator.class)).isEmpty();
		}
	}

	@Test
	void initializeWhenForcedShouldStartEvenWithApiKeyAndRejectUnknownSeed() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("pagerduty.api-key", "real-key-1234",
						"pagerduty.simulator.enabled", "true", "pagerduty.simulator.seed", "empty")));
			PagerDutySimulatorInitializer.whenNoApiKey().initialize(context);
			context.refresh();

			assertThat(context.getEnvironment().getProperty("pagerduty.api-key"))
				.isEqualTo(context.getBean(PagerDutySimulator.class).apiKey());
			assertThat(context.getEnvironment().getProperty("pagerduty.events.routing-key")).isEmpty();
		}
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test", Map.of("pagerduty.simulator.seed", "huge")));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new PagerDutySimulatorInitializer().initialize(context))
				.withMessage("pagerduty.simulator.seed must be 'demo' or 'empty', was 'huge'");
		}
	}

}
