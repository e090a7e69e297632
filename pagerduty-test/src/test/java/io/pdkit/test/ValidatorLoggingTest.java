package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The schema validator inside the simulator logs nothing above INFO for the simulator's
 * own documents (their top-level {@code operations} and {@code components} are not schema
 * keywords), so a demo or a test log shows only what matters.
 */
class ValidatorLoggingTest {

	private static final String INCIDENT = "{\"incident\":{\"type\":\"incident\",\"title\":\"Disk full\","
			+ "\"service\":{\"id\":\"%s\",\"type\":\"service_reference\"}}}";

	private final Logger validatorLogger = (Logger) LoggerFactory.getLogger("com.networknt");

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private Level levelBefore;

	@BeforeEach
	void listen() {
		this.levelBefore = this.validatorLogger.getLevel();
		this.validatorLogger.setLevel(Level.WARN);
		this.events.start();
		this.validatorLogger.addAppender(this.events);
	}

	@AfterEach
	void stopListening() {
		this.validatorLogger.detachAppender(this.events);
		this.validatorLogger.setLevel(this.levelBefore);
	}

	@Test
	void requestsWhenValidatedAgainstTheSpecShouldLogNoWarning() {
		try (PagerDutySimulator sim = PagerDutySimulator.builder().start()) {
			String serviceId = SimHttp.rest(sim).get("/services").json().path("services").path(0).path("id").asString();
			SimHttp.Response created = SimHttp.rest(sim).post("/incidents", INCIDENT.formatted(serviceId));
			SimHttp.Response teams = SimHttp.rest(sim).get("/teams");

			assertThat(created.status()).isEqualTo(201);
			assertThat(teams.status()).isEqualTo(200);
		}

		assertThat(this.events.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
			.extracting(ILoggingEvent::getFormattedMessage)
			.isEmpty();
	}

}
