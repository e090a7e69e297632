package io.pdkit.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.pdkit.test.Seed;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points every pdkit client of a Spring Boot test at a
 * {@link io.pdkit.test.PagerDutySimulator} started for the test context, whatever the
 * environment and {@code application.yml} hold: the simulator is started before the
 * context, its URLs and keys take precedence over every {@code pagerduty.*} connection
 * property (so unset {@code ${PAGERDUTY_API_KEY}} placeholders do not matter and a real
 * key is never used), and it is
 * <ul>
 * <li>the {@code PagerDutyConnectionDetails} the starter builds its clients from,</li>
 * <li>an injectable bean, closed with the context,</li>
 * <li>joined by a {@link io.pdkit.test.RecordingSleeper} bean that every client retries
 * with, so that {@code failNext(503)} retries take no time.</li>
 * </ul>
 * OAuth and Jira Server credentials are blanked, so those clients are not created.
 * Contexts are cached as usual: call {@code simulator.reset()} where a test needs the
 * seeded account back.
 *
 * <pre>{@code
 * &#64;SpringBootTest

 * &#64;AutoConfigurePagerDutySimulator
 * class AlertingTest {
 *     &#64;Autowired RestApiV2Client rest;
 *
&#64;Autowired PagerDutySimulator simulator;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigurePagerDutySimulator {

	/**
	 * The account the simulator starts with.
	 * @return {@link Seed#DEMO} (services, users and an Events integration) by default
	 */
	Seed seed() default Seed.DEMO;

	/**
	 * The only API key the simulator accepts; the clients are given the same one.
	 * @return the key
	 */
	String apiKey() default "pdkit-simulator-api-key";

}
