package io.pdkit.test.spring;

import java.util.Locale;

import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.Seed;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PagerDuty simulator when the application has no {@code pagerduty.api-key} (or when
 * {@code pagerduty.simulator.enabled=true}), points every {@code pagerduty.*} URL and key at it, registers it as the
 * bean {@code pagerDutySimulator} and stops it when the context closes. {@code pagerduty.simulator.port} (default
 * a free port) and {@code pagerduty.simulator.seed} ({@code demo} or {@code empty}) configure it.
 *
 * <pre>{@code
 * SpringApplication application = new SpringApplication(MyApplication.class);
 * application.addInitializers(new PagerDutySimulatorInitializer());
 * }</pre>
 */
public class PagerDutySimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the property source holding the simulator's properties. */
    public static final String PROPERTY_SOURCE_NAME = "pagerdutySimulator";

    /** The name of the simulator bean. */
    public static final String BEAN_NAME = "pagerDutySimulator";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!shouldStart(environment)) {
            return;
        }
        PagerDutySimulator simulator = PagerDutySimulator.builder()
            .port(environment.getProperty("pagerduty.simulator.port", Integer.class, 0))
            .seed(seed(environment.getProperty("pagerduty.simulator.seed", "demo")))
            .start();
        environment.getPropertySources()
            .addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, PagerDutySimulatorProperties.of(simulator)));
        context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                simulator.close();
            }
        });
    }

    private static boolean shouldStart(ConfigurableEnvironment environment) {
        if (environment.getProperty("pagerduty.simulator.enabled", Boolean.class, false)) {
            return true;
        }
        String apiKey = environment.getProperty("pagerduty.api-key");
        return apiKey == null || apiKey.isBlank();
    }

    private static Seed seed(String value) {
        try {
            return Seed.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("pagerduty.simulator.seed must be 'demo' or 'empty', was '" + value + "'");
        }
    }

}
