package io.pdkit.test.spring;

import io.pdkit.test.PagerDutySimulator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts an embedded PagerDuty simulator, points every {@code pagerduty.*} URL and key at
 * it (ahead of every other property source, so unset {@code ${PAGERDUTY_API_KEY}}
 * placeholders and real keys do not matter), registers it as the bean
 * {@code pagerDutySimulator} and stops it when the context closes.
 * {@code pagerduty.simulator.port} (default a free port),
 * {@code pagerduty.simulator.seed} ({@code demo} or {@code empty}) and
 * {@code pagerduty.simulator.api-key} configure it.
 * <p>
 * The instance made by the public constructor, as
 * {@code @ContextConfiguration(initializers = …)} creates it, always starts the simulator
 * (a test never reaches PagerDuty), unless {@code pagerduty.simulator.enabled=false}.
 * {@link #whenNoApiKey()} is for demo applications: it starts the simulator only when
 * {@code pagerduty.api-key} has no value (unset, blank or an unresolvable placeholder) or
 * {@code pagerduty.simulator.enabled=true}, and otherwise prints which PagerDuty the
 * application talks to.
 * <p>
 * During {@code spring-boot:process-aot} the simulator only lends its properties (so that
 * the client beans are part of the generated context) and is stopped at once; the
 * application started in AOT mode starts its own.
 *
 * <pre>{@code
 * SpringApplication application = new SpringApplication(MyApplication.class);
 * application.addInitializers(PagerDutySimulatorInitializer.whenNoApiKey());
 * }</pre>
 */
public class PagerDutySimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The name of the property source holding the simulator's properties. */
	public static final String PROPERTY_SOURCE_NAME = SimulatorRegistration.PROPERTY_SOURCE_NAME;

	/** The name of the simulator bean. */
	public static final String BEAN_NAME = SimulatorRegistration.BEAN_NAME;

	private static final String AOT_PROCESSING = "spring.aot.processing";

	private final boolean onlyWithoutApiKey;

	/**
	 * An initializer that always starts the simulator, unless
	 * {@code pagerduty.simulator.enabled=false}.
	 */
	public PagerDutySimulatorInitializer() {
		this(false);
	}

	private PagerDutySimulatorInitializer(boolean onlyWithoutApiKey) {
		this.onlyWithoutApiKey = onlyWithoutApiKey;
	}

	/**
	 * Returns an initializer that starts the simulator only when the application has no
	 * API key.
	 * @return the initializer
	 */
	public static PagerDutySimulatorInitializer whenNoApiKey() {
		return new PagerDutySimulatorInitializer(true);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!shouldStart(environment)) {
			return;
		}
		PagerDutySimulator simulator = SimulatorSettings.from(environment).start();
		if (Boolean.getBoolean(AOT_PROCESSING)) {
			try (simulator) {
				SimulatorRegistration.registerProperties(context, simulator);
			}
			return;
		}
		SimulatorRegistration.register(context, simulator);
	}

	private boolean shouldStart(ConfigurableEnvironment environment) {
		String enabled = property(environment, "pagerduty.simulator.enabled");
		if (enabled != null && !enabled.isBlank()) {
			return Boolean.parseBoolean(enabled.trim());
		}
		if (!this.onlyWithoutApiKey) {
			return true;
		}
		String apiKey = property(environment, "pagerduty.api-key");
		if (apiKey == null || apiKey.isBlank()) {
			return true;
		}
		String url = property(environment, "pagerduty.url");
		System.out.println("pdkit: pagerduty.api-key is set, so no simulator is started; the clients talk to "
				+ ((url == null || url.isBlank()) ? "PagerDuty's production API (pagerduty.region)" : url) + ".");
		return false;
	}

	private static @Nullable String property(ConfigurableEnvironment environment, String name) {
		try {
			return environment.getProperty(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
