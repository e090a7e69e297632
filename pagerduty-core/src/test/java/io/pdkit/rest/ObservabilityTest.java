package io.pdkit.rest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.pdkit.core.PagerDutyRequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityTest extends MockServerSupport {

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private Logger logger;

	@BeforeEach
	void captureLogs() {
		this.logger = (Logger) LoggerFactory.getLogger(RestApiV2Client.class);
		this.logs.start();
		this.logger.addAppender(this.logs);
	}

	@AfterEach
	void releaseLogs() {
		this.logger.detachAppender(this.logs);
	}

	private List<String> warnings() {
		return this.logs.list.stream()
			.filter(event -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@Test
	void requestWhenObservedShouldTagCanonicalPathAsEndpoint() {
		List<PagerDutyRequestContext> contexts = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<PagerDutyRequestContext>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof PagerDutyRequestContext;
			}

			@Override
			public void onStop(PagerDutyRequestContext context) {
				contexts.add(context);
			}
		});
		RestApiV2Client observed = clientBuilder().observationRegistry(registry).build();
		enqueueJson(json("{'user':{'id':'P1'}}"));
		enqueueJson(404, "{}");

		observed.rget("/users/P1");
		observed.get("/nonexistent/path");

		assertThat(contexts).extracting(PagerDutyRequestContext::endpoint)
			.containsExactly("/users/{id}", PagerDutyRequestContext.UNKNOWN_ENDPOINT);
		assertThat(contexts).extracting(PagerDutyRequestContext::api).containsOnly("rest");
	}

	@Test
	void iterAllWhenCapReachedShouldLogWarning() {
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			items.append(i > 0 ? "," : "").append("{\"id\":\"U").append(i).append("\"}");
		}
		enqueueJson("{\"users\":[" + items + "],\"more\":true}");

		assertThat(this.client.iterAll("users", Map.of("offset", 9900)).count()).isEqualTo(100);
		assertThat(warnings()).containsExactly("Stopping iterAll on GET /users at limit+offset=10100 as this exceeds "
				+ "the maximum permitted by the API (10000). The set of results may be incomplete.");
	}

	@Test
	void iterAllWhenMoreIsMissingShouldLogWarning() {
		enqueueJson(json("{'users':[{'id':'U1'}]}"));

		this.client.iterAll("users").count();

		assertThat(warnings()).singleElement()
			.asString()
			.startsWith("Response from endpoint GET /users lacks a \"more\"");
	}

	@Test
	void iterIncidentNotesWhenTeamIdsGivenWithIncidentShouldWarn() {
		enqueueJson(json("{'log_entries':[],'more':false}"));

		this.client.iterIncidentNotes("PI1", Map.of("team_ids[]", List.of("T1"))).count();

		assertThat(warnings()).containsExactly("iterIncidentNotes: query parameter \"team_ids[]\" will be ignored "
				+ "because argument incidentId was specified");
	}

	@Test
	void logsWhenRequestsMadeShouldNeverContainTheApiKey() {
		enqueueJson(json("{'user':{'id':'P1'}}"));

		this.client.rget("/users/P1");

		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch(message -> message.contains(API_KEY));
	}

}
