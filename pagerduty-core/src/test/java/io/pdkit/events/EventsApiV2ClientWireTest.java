package io.pdkit.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.Region;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.pdkit.events.EventsStub.bodyOf;
import static io.pdkit.events.EventsStub.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventsApiV2ClientWireTest {

	private final EventsStub stub = new EventsStub();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void triggerWhenSummaryAndSourceShouldPostCriticalEventAndReturnDedupKey() {
		this.stub.accept("generated-key");
		String dedupKey = this.stub.client().trigger("Disk full", "db01");
		RecordedRequest request = this.stub.take();
		assertThat(dedupKey).isEqualTo("generated-key");
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/v2/enqueue");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(request.getHeaders().get("X-Routing-Key")).isNull();
		assertThat(bodyOf(request)).isEqualTo(json("""
				{"event_action":"trigger","routing_key":"$KEY",
				 "payload":{"summary":"Disk full","source":"db01","severity":"critical"}}""".replace("$KEY",
				EventsStub.ROUTING_KEY)));
	}

	@Test
	void triggerWhenEveryFieldIsSetShouldSendTheSpecExampleShape() {
		this.stub.accept("srv01/mysql");
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("free space", "1%");
		details.put("ping time", "1500ms");
		details.put("load avg", 0.75);
		TriggerEvent event = TriggerEvent
			.builder("DISK at 99% on machine prod-datapipe03.example.com", "prod-datapipe03.example.com")
			.timestamp(Instant.parse("2015-07-17T08:42:58.315Z"))
			.severity(Severity.CRITICAL)
			.component("mysql")
			.group("prod-datapipe")
			.eventClass("disk")
			.customDetails(details)
			.dedupKey("srv01/mysql")
			.client("Sample Monitoring Service")
			.clientUrl("https://monitoring.service.com")
			.link(new Link("http://pagerduty.example.com", "An example link."))
			.image(new Image("https://chart.example.com/chart.png", "https://google.com",
					"An example link with an image"))
			.build();
		assertThat(this.stub.client().trigger(event)).isEqualTo("srv01/mysql");
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"payload":{"summary":"DISK at 99% on machine prod-datapipe03.example.com",
				  "timestamp":"2015-07-17T08:42:58.315Z","severity":"critical","source":"prod-datapipe03.example.com",
				  "component":"mysql","group":"prod-datapipe","class":"disk",
				  "custom_details":{"free space":"1%","ping time":"1500ms","load avg":0.75}},
				 "routing_key":"$KEY","dedup_key":"srv01/mysql","event_action":"trigger",
				 "client":"Sample Monitoring Service","client_url":"https://monitoring.service.com",
				 "links":[{"href":"http://pagerduty.example.com","text":"An example link."}],
				 "images":[{"src":"https://chart.example.com/chart.png","href":"https://google.com",
				   "alt":"An example link with an image"}]}""".replace("$KEY", EventsStub.ROUTING_KEY)));
	}

	@Test
	void sendEventWhenPythonTriggerExampleShouldSendItsExactBody() {
		this.stub.accept("abc123");
		String dedupKey = EventsApiV2Client.builder("routingkey")
			.baseUrl(this.stub.baseUrl())
			.build()
			.sendEvent(EventAction.TRIGGER, null,
					Map.of("payload",
							Map.of("summary", "testing 123", "source", "triggered.from.pagerduty", "severity",
									"warning", "custom_details", Map.of("this", "that")),
							"images", List.of(Map.of("url", "https://http.cat/502.jpg"))));
		assertThat(dedupKey).isEqualTo("abc123");
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"event_action":"trigger","routing_key":"routingkey","payload":{"summary":"testing 123",
				"source":"triggered.from.pagerduty","severity":"warning","custom_details":{"this":"that"}},
				"images":[{"url":"https://http.cat/502.jpg"}]}"""));
	}

	@Test
	void triggerWhenPythonExampleIsBuiltTypedShouldSendImageSrcAsTheSpecNamesIt() {
		this.stub.accept("abc123");
		TriggerEvent event = TriggerEvent.builder("testing 123", "triggered.from.pagerduty")
			.severity(Severity.WARNING)
			.customDetail("this", "that")
			.image(Image.of("https://http.cat/502.jpg"))
			.build();
		EventsApiV2Client.builder("routingkey").baseUrl(this.stub.baseUrl()).build().trigger(event);
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"event_action":"trigger","routing_key":"routingkey","payload":{"summary":"testing 123",
				"source":"triggered.from.pagerduty","severity":"warning","custom_details":{"this":"that"}},
				"images":[{"src":"https://http.cat/502.jpg"}]}"""));
	}

	@Test
	void submitWhenPythonExampleShouldSendItsExactBody() {
		this.stub.respond(202, "{\"status\":\"success\",\"message\":\"Change event processed\"}");
		EventsApiV2Client.builder("routingkey")
			.baseUrl(this.stub.baseUrl())
			.build()
			.submit("testing 123", "triggered.from.pagerduty", Map.of("this", "that"),
					List.of(Link.of("https://http.cat/502.jpg")), Instant.parse("2020-03-25T00:00:00Z"));
		RecordedRequest request = this.stub.take();
		assertThat(request.getTarget()).isEqualTo("/v2/change/enqueue");
		assertThat(bodyOf(request)).isEqualTo(json("""
				{"routing_key":"routingkey","payload":{"summary":"testing 123","timestamp":"2020-03-25T00:00:00Z",
				"source":"triggered.from.pagerduty","custom_details":{"this":"that"}},
				"links":[{"href":"https://http.cat/502.jpg"}]}"""));
	}

	@Test
	void submitWhenOnlySummaryShouldTimestampWithTheClientClock() {
		this.stub.respond(202, "{\"status\":\"success\"}");
		this.stub.client().submit("Deployed v2");
		RecordedRequest request = this.stub.take();
		assertThat(request.getTarget()).isEqualTo("/v2/change/enqueue");
		assertThat(bodyOf(request)).isEqualTo(json("""
				{"routing_key":"$KEY","payload":{"summary":"Deployed v2","timestamp":"2026-11-26T13:53:35.136823Z"}}"""
			.replace("$KEY", EventsStub.ROUTING_KEY)));
	}

	@Test
	void submitWhenSourceAndDetailsShouldSendThem() {
		this.stub.respond(202, "{\"status\":\"success\"}").respond(202, "{\"status\":\"success\"}");
		EventsApiV2Client client = this.stub.client();
		client.submit("Deployed v2", "ci");
		client.submit("Deployed v3", "ci", Map.of("build", 220));
		assertThat(bodyOf(this.stub.take()).path("payload")).isEqualTo(json("""
				{"summary":"Deployed v2","timestamp":"2026-11-26T13:53:35.136823Z","source":"ci"}"""));
		assertThat(bodyOf(this.stub.take()).path("payload")).isEqualTo(json("""
				{"summary":"Deployed v3","timestamp":"2026-11-26T13:53:35.136823Z","source":"ci",
				 "custom_details":{"build":220}}"""));
	}

	@Test
	void sendChangeEventWhenEveryFieldIsSetShouldSendThemAll() {
		this.stub.respond(202, "{\"status\":\"success\"}");
		ChangeEvent event = ChangeEvent.builder("Build Success: Increase snapshot create timeout to 30 seconds")
			.source("prod-build-agent-i-0b148d1040d565540")
			.timestamp(Instant.parse("2015-07-17T08:42:58.315Z"))
			.customDetail("build_state", "passed")
			.customDetail("build_number", "220")
			.link(new Link("https://buildpipeline.com/pagerduty/deployment/builds/220", "View in Build Pipeline"))
			.build();
		this.stub.client().sendChangeEvent(event);
		assertThat(bodyOf(this.stub.take())).isEqualTo(
				json("""
						{"routing_key":"$KEY","payload":{"summary":"Build Success: Increase snapshot create timeout to 30 seconds",
						 "timestamp":"2015-07-17T08:42:58.315Z","source":"prod-build-agent-i-0b148d1040d565540",
						 "custom_details":{"build_state":"passed","build_number":"220"}},
						 "links":[{"href":"https://buildpipeline.com/pagerduty/deployment/builds/220",
						   "text":"View in Build Pipeline"}]}"""
					.replace("$KEY", EventsStub.ROUTING_KEY)));
	}

	@Test
	void acknowledgeWhenDedupKeyShouldSendOnlyActionKeyAndRoutingKey() {
		this.stub.accept("srv01/mysql");
		assertThat(this.stub.client().acknowledge("srv01/mysql")).isEqualTo("srv01/mysql");
		RecordedRequest request = this.stub.take();
		assertThat(request.getTarget()).isEqualTo("/v2/enqueue");
		assertThat(bodyOf(request)).isEqualTo(json("""
				{"event_action":"acknowledge","dedup_key":"srv01/mysql","routing_key":"$KEY"}""".replace("$KEY",
				EventsStub.ROUTING_KEY)));
	}

	@Test
	void resolveWhenDedupKeyShouldSendOnlyActionKeyAndRoutingKey() {
		this.stub.accept("srv01/mysql");
		assertThat(this.stub.client().resolve("srv01/mysql")).isEqualTo("srv01/mysql");
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"event_action":"resolve","dedup_key":"srv01/mysql","routing_key":"$KEY"}""".replace("$KEY",
				EventsStub.ROUTING_KEY)));
	}

	@Test
	void triggerWhenCustomDedupKeyShouldSendIt() {
		this.stub.accept("my-key");
		TriggerEvent event = TriggerEvent.builder("Disk full", "db01").dedupKey("my-key").build();
		assertThat(this.stub.client().trigger(event)).isEqualTo("my-key");
		assertThat(bodyOf(this.stub.take()).path("dedup_key").asString()).isEqualTo("my-key");
	}

	@Test
	void sendEventWhenAcknowledgeWithPropertiesShouldMergeThemAfterActionAndKey() {
		this.stub.accept("k1");
		this.stub.client().sendEvent(EventAction.ACKNOWLEDGE, "k1", Map.of("client", "cron"));
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"event_action":"acknowledge","dedup_key":"k1","client":"cron","routing_key":"$KEY"}""".replace("$KEY",
				EventsStub.ROUTING_KEY)));
	}

	@Test
	void builderWhenDefaultsShouldUseUsHostPresetAndEventsApiName() {
		EventsApiV2Client client = new EventsApiV2Client(EventsStub.ROUTING_KEY);
		assertThat(client.baseUrl()).isEqualTo("https://events.pagerduty.com");
		assertThat(client.region()).isEqualTo(Region.US);
		assertThat(client.api().name()).isEqualTo("events");
		assertThat(client.api().permittedMethods()).containsExactly("POST");
		assertThat(client.retrySettings().statuses()).isEqualTo(Map.of(500, 2, 502, 4, 503, 6, 504, 6));
		assertThat(client.retrySettings().retriesFor(429)).isZero();
		assertThat(client.retrySettings().maxHttpAttempts()).isEqualTo(10);
		assertThat(client.retrySettings().maxNetworkAttempts()).isEqualTo(3);
	}

	@Test
	void builderWhenEuRegionShouldUseEuHost() {
		EventsApiV2Client client = EventsApiV2Client.builder(EventsStub.ROUTING_KEY).region(Region.EU).build();
		assertThat(client.baseUrl()).isEqualTo("https://events.eu.pagerduty.com");
	}

	@Test
	void mutateWhenRegionChangedShouldKeepKeyAndOtherSettings() {
		this.stub.accept("k");
		EventsApiV2Client original = EventsApiV2Client.builder(EventsStub.ROUTING_KEY).region(Region.EU).build();
		EventsApiV2Client copy = original.mutate().baseUrl(this.stub.baseUrl()).build();
		assertThat(original.baseUrl()).isEqualTo("https://events.eu.pagerduty.com");
		assertThat(copy.retrySettings()).isEqualTo(original.retrySettings());
		copy.resolve("k");
		assertThat(bodyOf(this.stub.take()).path("routing_key").asString()).isEqualTo(EventsStub.ROUTING_KEY);
	}

	@Test
	void sendEventWhenFreeFormEventShouldStillAddRoutingKey() {
		this.stub.accept("k");
		this.stub.client().sendEvent(EventAction.RESOLVE, "k", Map.of());
		assertThat(bodyOf(this.stub.take())).isEqualTo(json("""
				{"event_action":"resolve","dedup_key":"k","routing_key":"%s"}""".formatted(EventsStub.ROUTING_KEY)));
	}

	@Test
	void credentialSourceWhenReplacedShouldSendAndMaskTheNewKey() {
		this.stub.respond(400, "{\"errors\":[\"unknown key other-routing-key-5555\"]}");
		EventsApiV2Client client = this.stub.clientBuilder()
			.credentialSource(CredentialSource.of("other-routing-key-5555"))
			.build();
		assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> client.resolve("k"))
			.withMessageEndingWith("errors: [unknown key *5555]; routing key: *5555");
		assertThat(bodyOf(this.stub.take()).path("routing_key").asString()).isEqualTo("other-routing-key-5555");
	}

	@Test
	void sendEventWhenSeverityIsLowerCaseShouldSendItUnchanged() {
		this.stub.accept("k1");
		this.stub.client()
			.sendEvent(EventAction.TRIGGER, "k1",
					Map.of("payload", Map.of("summary", "Disk full", "source", "db01", "severity", "critical")));
		assertThat(bodyOf(this.stub.take()).path("payload").path("severity").asString()).isEqualTo("critical");
	}

	@Test
	void triggerWhenSeverityParsedFromUpperCaseShouldSendLowerCase() {
		this.stub.accept("k2");
		this.stub.client().trigger(TriggerEvent.builder("Disk full", "db01").severity(Severity.of("CRITICAL")).build());
		assertThat(bodyOf(this.stub.take()).path("payload").path("severity").asString()).isEqualTo("critical");
	}

}
