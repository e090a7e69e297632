package io.pdkit.test.spring;

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
            assertThat(context.getEnvironment().getProperty("pagerduty.events.url")).isEqualTo(simulator.eventsBaseUrl());
            assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo(simulator.apiKey());
            assertThat(context.getEnvironment().getProperty("pagerduty.events.routing-key")).isEqualTo(simulator.routingKey());
            assertThat(context.getEnvironment().getProperty("pagerduty.default-from")).isEqualTo(simulator.ownerEmail());
            context.close();
            assertThat(simulator.isRunning()).isFalse();
        }
    }

    @Test
    void initializeWithApiKeyShouldLeaveTheApplicationAlone() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("pagerduty.api-key", "real-key-1234")));
            new PagerDutySimulatorInitializer().initialize(context);
            context.refresh();

            assertThat(context.getBeanNamesForType(PagerDutySimulator.class)).isEmpty();
            assertThat(context.getEnvironment().getProperty("pagerduty.api-key")).isEqualTo("real-key-1234");
        }
    }

    @Test
    void initializeWhenForcedShouldStartEvenWithApiKeyAndRejectUnknownSeed() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of("pagerduty.api-key", "real-key-1234", "pagerduty.simulator.enabled", "true",
                            "pagerduty.simulator.seed", "empty")));
            new PagerDutySimulatorInitializer().initialize(context);
            context.refresh();

            assertThat(context.getEnvironment().getProperty("pagerduty.api-key"))
                .isEqualTo(context.getBean(PagerDutySimulator.class).apiKey());
        }
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("pagerduty.simulator.seed", "huge")));
            assertThatIllegalArgumentException().isThrownBy(() -> new PagerDutySimulatorInitializer().initialize(context))
                .withMessage("pagerduty.simulator.seed must be 'demo' or 'empty', was 'huge'");
        }
    }

}
