package io.pdkit.test;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension that starts one {@link PagerDutySimulator} per test class
 * (shared with its {@code @Nested} classes), resets it before each test and injects it
 * into test and lifecycle methods. Registered on a static field, it also hands out its
 * simulator through {@link #simulator()}, for example to a Spring test's
 * {@code @DynamicPropertySource}.
 *
 * <pre>{@code
 * &#64;ExtendWith(PagerDutySimulatorExtension.class)
 * class CheckoutAlertsTest {

 *     &#64;Test
 *     void triggersAnIncident(PagerDutySimulator sim) { … sim.restBaseUrl() … }
 * }
 *
 * class StrictKeyTest {
 *     &#64;RegisterExtension
 *     static PagerDutySimulatorExtension pagerDuty = PagerDutySimulatorExtension.with(
 *             PagerDutySimulator.builder().seed(Seed.EMPTY).apiKey("secret-key"));
 *
 *
&#64;DynamicPropertySource
 *     static void pagerDutyProperties(DynamicPropertyRegistry registry) {
 *         PagerDutySimulatorProperties.register(pagerDuty.simulator(), registry);
 *     }
 * }
 * }</pre>
 */
public final class PagerDutySimulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PagerDutySimulatorExtension.class);

	private final PagerDutySimulator.Builder settings;

	private final AtomicReference<PagerDutySimulator> current = new AtomicReference<>();

	/**
	 * An extension with {@link PagerDutySimulator#builder()}'s defaults (free port,
	 * {@link Seed#DEMO}).
	 */
	public PagerDutySimulatorExtension() {
		this(PagerDutySimulator.builder());
	}

	private PagerDutySimulatorExtension(PagerDutySimulator.Builder settings) {
		this.settings = settings;
	}

	/**
	 * Creates an extension for {@code @RegisterExtension} on a static field.
	 * @param settings how to build each test class's simulator
	 * @return the extension
	 */
	public static PagerDutySimulatorExtension with(PagerDutySimulator.Builder settings) {
		return new PagerDutySimulatorExtension(Objects.requireNonNull(settings, "settings"));
	}

	/**
	 * Returns the simulator of the test class this extension is registered for, starting
	 * it if no callback has yet (a {@code @DynamicPropertySource} method may run first);
	 * the extension stops it after the class.
	 * @return the running simulator
	 */
	public PagerDutySimulator simulator() {
		synchronized (this.current) {
			PagerDutySimulator sim = this.current.get();
			if (sim == null || !sim.isRunning()) {
				sim = this.settings.start();
				this.current.set(sim);
			}
			return sim;
		}
	}

	/**
	 * Starts the class's simulator unless an enclosing class (or constructor injection)
	 * already did.
	 */
	@Override
	public void beforeAll(ExtensionContext context) {
		findOrStart(context);
	}

	/** Stops the simulator this class started. */
	@Override
	public void afterAll(ExtensionContext context) {
		PagerDutySimulator own = context.getStore(NAMESPACE).remove(context.getUniqueId(), PagerDutySimulator.class);
		if (own != null) {
			own.close();
			this.current.compareAndSet(own, null);
		}
	}

	/**
	 * Resets the simulator so that each test starts from the seed, with no faults and an
	 * empty journal.
	 */
	@Override
	public void beforeEach(ExtensionContext context) {
		find(context).ifPresent(PagerDutySimulator::reset);
	}

	/** Supports parameters of type {@link PagerDutySimulator}. */
	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == PagerDutySimulator.class;
	}

	/**
	 * Supplies the class's simulator, starting it first when a per-class test instance is
	 * being constructed.
	 */
	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return findOrStart(context);
	}

	private PagerDutySimulator findOrStart(ExtensionContext context) {
		return find(context).orElseGet(() -> {
			PagerDutySimulator started = simulator();
			context.getStore(NAMESPACE).put(context.getUniqueId(), started);
			return started;
		});
	}

	private static Optional<PagerDutySimulator> find(ExtensionContext context) {
		for (ExtensionContext current = context; current != null; current = current.getParent().orElse(null)) {
			PagerDutySimulator sim = current.getStore(NAMESPACE).get(current.getUniqueId(), PagerDutySimulator.class);
			if (sim != null) {
				return Optional.of(sim);
			}
		}
		return Optional.empty();
	}

}
