package io.pdkit.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EventsApiV2ClientLoggingTest {

	private final EventsStub stub = new EventsStub();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEverything() {
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
		this.stub.close();
	}

	@Test
	void everyCallWhenLoggedAtTraceShouldNeverLogTheRoutingKey() throws IOException {
		this.stub.accept("k1")
			.respondTimes(500, 1)
			.accept("k2")
			.respond(400, "{\"errors\":[\"bad routing key " + EventsStub.ROUTING_KEY + "\"]}")
			.respond(202, "{\"status\":\"success\"}")
			.respond(202, "{}")
			.respond(401, "{}")
			.respondTimes(429, 1)
			.accept("k3");
		EventsApiV2Client client = this.stub.clientBuilder().debug(true).build();
		client.trigger("Disk full", "db01");
		client.trigger(TriggerEvent.builder("Disk full", "db01").dedupKey("k2").customDetail("a", 1).build());
		catchThrowable(() -> client.acknowledge("k2"));
		client.submit("Deployed", "ci");
		catchThrowable(() -> client.resolve("k2"));
		catchThrowable(() -> client.resolve("k2"));
		client.resolve("k3");
		EventsApiV2Client unreachable = client.mutate()
			.baseUrl("http://127.0.0.1:" + EventsApiV2ClientErrorTest.closedPort())
			.build();
		catchThrowable(() -> unreachable.trigger("Disk full", "db01"));
		client.close();

		List<String> logged = loggedTexts();
		assertThat(logged).anySatisfy(line -> assertThat(line).contains("/v2/enqueue -> 202"))
			.anySatisfy(line -> assertThat(line).contains("-> 500; retrying in 3.0 s"))
			.anySatisfy(line -> assertThat(line).contains("Events API accepted a trigger event with dedup key k1"));
		assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(EventsStub.ROUTING_KEY));
	}

	private List<String> loggedTexts() {
		List<String> texts = new ArrayList<>();
		for (ILoggingEvent event : this.appender.list) {
			texts.add(event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " "
					+ event.getKeyValuePairs());
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				texts.add(proxy.getClassName() + ": " + proxy.getMessage());
			}
		}
		return texts;
	}

}
