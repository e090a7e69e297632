package io.pdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.pdkit.cli.CliHarness.Result;
import io.pdkit.core.internal.PdkitVersion;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.pdkit.cli.CliHarness.bodyOf;
import static io.pdkit.cli.CliHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyCliTest {

	private final CliHarness cli = new CliHarness();

	@AfterEach
	void close() {
		this.cli.close();
	}

	@Test
	void triggerWhenDescriptionGivenShouldSendCriticalEventFromThisHostAndPrintDedupKey() {
		this.cli.accept("abc123");
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--description", "Disk full");
		RecordedRequest request = this.cli.take();
		assertThat(result).isEqualTo(new Result(0, "Alert triggered successfully. Deduplication key: abc123\n", ""));
		assertThat(request.getTarget()).isEqualTo("/v2/enqueue");
		assertThat(bodyOf(request)).isEqualTo(json("""
				{"event_action":"trigger","routing_key":"$KEY",
				 "payload":{"summary":"Disk full","source":"pagerduty.cli on testhost","severity":"critical"}}"""));
	}

	@Test
	void triggerWhenEveryFlagGivenShouldSendThemAll() {
		this.cli.accept("db01/disk");
		Result result = this.cli.run("trigger", "-k", "fedcba9876543210fedcba9876540000", "--url", this.cli.url(), "-i",
				"db01/disk", "--description", "Disk full", "--source", "db01", "--severity", "WARNING",
				"--custom-detail", "free=1%", "--custom-detail", "mount=/var", "--link",
				"https://wiki.example.com/disk");
		assertThat(result.status()).isZero();
		assertThat(bodyOf(this.cli.take())).isEqualTo(json("""
				{"event_action":"trigger","dedup_key":"db01/disk","routing_key":"fedcba9876543210fedcba9876540000",
				 "payload":{"summary":"Disk full","source":"db01","severity":"warning",
				   "custom_details":{"free":"1%","mount":"/var"}},
				 "links":[{"href":"https://wiki.example.com/disk"}]}"""));
	}

	@Test
	void acknowledgeWhenDedupKeyGivenShouldPrintPythonsMessage() {
		this.cli.accept("db01/disk");
		Result result = this.cli.run("acknowledge", "--url", this.cli.url(), "-i", "db01/disk");
		assertThat(result)
			.isEqualTo(new Result(0, "Alert acknowledged successfully. Deduplication key: db01/disk\n", ""));
		assertThat(bodyOf(this.cli.take())).isEqualTo(json("""
				{"event_action":"acknowledge","dedup_key":"db01/disk","routing_key":"$KEY"}"""));
	}

	@Test
	void resolveWhenLongDedupKeyOptionGivenShouldPrintPythonsMessage() {
		this.cli.accept("db01/disk");
		Result result = this.cli.run("resolve", "--url", this.cli.url(), "--dedup-key", "db01/disk");
		assertThat(result).isEqualTo(new Result(0, "Alert resolved successfully. Deduplication key: db01/disk\n", ""));
		assertThat(bodyOf(this.cli.take())).isEqualTo(json("""
				{"event_action":"resolve","dedup_key":"db01/disk","routing_key":"$KEY"}"""));
	}

	@Test
	void changeWhenDescriptionGivenShouldPostChangeEventAndConfirm() {
		this.cli.respond(202, "{\"status\":\"success\",\"message\":\"Change event processed\"}");
		Result result = this.cli.run("change", "--url", this.cli.url(), "--description", "Deployed v2.4.1",
				"--custom-detail", "build=220", "--link", "https://ci.example.com/builds/220");
		RecordedRequest request = this.cli.take();
		assertThat(result).isEqualTo(new Result(0, "Change event sent successfully.\n", ""));
		assertThat(request.getTarget()).isEqualTo("/v2/change/enqueue");
		JsonNode body = bodyOf(request);
		String timestamp = body.path("payload").path("timestamp").asString();
		assertThat(Instant.parse(timestamp)).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(body).isEqualTo(json("""
				{"routing_key":"$KEY","payload":{"summary":"Deployed v2.4.1","timestamp":"%s",
				 "source":"pagerduty.cli on testhost","custom_details":{"build":"220"}},
				 "links":[{"href":"https://ci.example.com/builds/220"}]}""".replace("%s", timestamp)));
	}

	@Test
	void triggerWhenKeyOptionAndEnvironmentBothGivenShouldUseTheOption() {
		this.cli.accept("k");
		this.cli.run("trigger", "--routing-key", "option-key-0000000000000000000000", "--url", this.cli.url(),
				"--description", "x");
		assertThat(bodyOf(this.cli.take()).path("routing_key").asString())
			.isEqualTo("option-key-0000000000000000000000");
	}

	@Test
	void triggerWhenNoRoutingKeyAnywhereShouldExitTwoWithoutSending() {
		this.cli.env.clear();
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--description", "Disk full");
		assertThat(result).isEqualTo(new Result(2, "", """
				Error: A routing key is required: pass -k/--routing-key or set PAGERDUTY_ROUTING_KEY
				Try 'pagerduty trigger --help' for more information.
				"""));
		assertThat(this.cli.server.getRequestCount()).isZero();
	}

	@Test
	void triggerWhenDescriptionMissingShouldExitTwoWithPythonsMessage() {
		Result result = this.cli.run("trigger", "--url", this.cli.url());
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith("Error: --description is required for trigger action\n");
		assertThat(this.cli.server.getRequestCount()).isZero();
	}

	@Test
	void acknowledgeAndResolveWhenDedupKeyMissingShouldExitTwoWithPythonsMessage() {
		assertThat(this.cli.run("acknowledge", "--url", this.cli.url()).err())
			.startsWith("Error: -i/--dedup-key is required for acknowledge action\n");
		Result resolve = this.cli.run("resolve", "--url", this.cli.url());
		assertThat(resolve.status()).isEqualTo(2);
		assertThat(resolve.err()).startsWith("Error: -i/--dedup-key is required for resolve action\n");
		assertThat(this.cli.server.getRequestCount()).isZero();
	}

	@Test
	void runWhenArgumentsAreWrongShouldExitTwo() {
		assertThat(this.cli.run().status()).isEqualTo(2);
		assertThat(this.cli.run("page").err()).startsWith("Error: Unmatched argument at index 0: 'page'\n");
		assertThat(this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", "--severity", "fatal").err())
			.startsWith("Error: Invalid value for option '--severity': severity must be one of critical, error, "
					+ "warning, info, was 'fatal'\n");
		assertThat(this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", "--region", "asia").status())
			.isEqualTo(2);
		assertThat(this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", "--custom-detail", "novalue")
			.status()).isEqualTo(2);
		assertThat(this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", "--max-attempts", "0").err())
			.startsWith("Error: --max-attempts must be at least 1, was 0\n");
		assertThat(this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", "--timeout", "soon").err())
			.startsWith("Error: Invalid value for option '--timeout': 'soon' is not a duration");
		assertThat(this.cli.run("trigger", "--description", "x", "--url", "http://events.example.com").err())
			.startsWith(
					"Error: Invalid value for option '--url': baseUrl 'http://events.example.com' must use https://");
		assertThat(this.cli.server.getRequestCount()).isZero();
	}

	@Test
	void triggerWhenEventBreaksAValidationRuleShouldExitTwoNamingTheField() {
		Result tooLong = this.cli.run("trigger", "--url", this.cli.url(), "--description", "x".repeat(1025));
		assertThat(tooLong.status()).isEqualTo(2);
		assertThat(tooLong.err()).startsWith("Error: summary must be at most 1024 characters, was 1025\n");
		Result longKey = this.cli.run("resolve", "--url", this.cli.url(), "-i", "k".repeat(256));
		assertThat(longKey.status()).isEqualTo(2);
		assertThat(longKey.err()).startsWith("Error: dedupKey must be at most 255 characters, was 256\n");
		assertThat(this.cli.server.getRequestCount()).isZero();
	}

	@Test
	void triggerWhenPagerDutyAnswers400ShouldExitOneWithOneLineAndMaskedKey() {
		this.cli.respond(400, "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\n"
				+ "\"errors\":[\"Routing key " + CliHarness.ROUTING_KEY + " is not known\"]}");
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--description", "Disk full");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err())
			.startsWith("Error: POST " + this.cli.url() + "/v2/enqueue: API responded with client "
					+ "error (status 400) in submitting an event to the events API: ")
			.endsWith("errors: [Routing key " + CliHarness.MASKED_KEY + " is not known]; routing key: "
					+ CliHarness.MASKED_KEY + "\n")
			.hasLineCount(1)
			.doesNotContain(CliHarness.ROUTING_KEY);
	}

	@Test
	void triggerWhenUrlIsUnreachableAndOneAttemptShouldExitOneWithoutSleeping() throws IOException {
		String url = "http://127.0.0.1:" + CliHarness.closedPort();
		Result result = this.cli.run("trigger", "--url", url, "--max-attempts", "1", "--description", "Disk full");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err())
			.startsWith("Error: POST " + url + "/v2/enqueue: could not reach PagerDuty after 1 " + "attempt (")
			.containsIgnoringCase("connection refused")
			.doesNotContain("attempts (0)")
			.hasLineCount(1);
		assertThat(this.cli.sleeps).isEmpty();
	}

	@Test
	void triggerWhenUrlIsUnreachableAndThreeAttemptsShouldCountThreeAttempts() throws IOException {
		String url = "http://127.0.0.1:" + CliHarness.closedPort();
		Result result = this.cli.run("trigger", "--url", url, "--max-attempts", "3", "--description", "Disk full");
		assertThat(result.err())
			.startsWith("Error: POST " + url + "/v2/enqueue: could not reach PagerDuty after 3 " + "attempts (");
		assertThat(this.cli.sleeps).hasSize(2);
	}

	@Test
	void triggerWhenVerboseShouldSayWhichApiItTargets() {
		this.cli.accept("k");
		Result local = this.cli.run("trigger", "-v", "--url", this.cli.url(), "--description", "Disk full");
		assertThat(local.err()).isEqualTo("Sending to " + this.cli.url() + " (--url)\n");
	}

	@Test
	void helpShouldSayThatWithoutUrlEventsGoToProduction() {
		assertThat(this.cli.run("--help").out())
			.contains("Without --url, events go to PagerDuty's production Events API");
		assertThat(this.cli.run("trigger", "--help").out().replaceAll("\\s+", " "))
			.contains("Without it, events go to PagerDuty's production Events API: https://events.pagerduty.com (us)");
	}

	@Test
	void triggerWhenServerErrorsThenAcceptsShouldRetryWithThePreset() {
		this.cli.respond(500, "{}").respond(500, "{}").accept("k");
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--description", "Disk full");
		assertThat(result.status()).isZero();
		assertThat(this.cli.server.getRequestCount()).isEqualTo(3);
		assertThat(this.cli.sleeps).extracting(sleep -> sleep.toMillis()).containsExactly(3000L, 6000L);
	}

	@Test
	void triggerWhenMaxAttemptsTwoAndServerKeepsFailingShouldSendTwoRequests() {
		this.cli.respond(503, "{}").respond(503, "{}").respond(503, "{}");
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--max-attempts", "2", "--description", "x");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err()).startsWith(
				"Error: POST " + this.cli.url() + "/v2/enqueue: API responded with server " + "error (status 503)");
		assertThat(this.cli.server.getRequestCount()).isEqualTo(2);
		assertThat(this.cli.sleeps).hasSize(1);
	}

	@Test
	void triggerWhenResponseIsSlowerThanTimeoutShouldExitOne() {
		this.cli.server.enqueue(new MockResponse.Builder().code(202)
			.headersDelay(3, TimeUnit.SECONDS)
			.body("{\"dedup_key\":\"late\"}")
			.build());
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--timeout", "200ms", "--max-attempts", "1",
				"--description", "x");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.err())
			.startsWith(
					"Error: POST " + this.cli.url() + "/v2/enqueue: could not reach PagerDuty " + "after 1 attempt (")
			.containsIgnoringCase("timeout")
			.hasLineCount(1);
	}

	@Test
	void helpAndVersionShouldPrintToStandardOutputAndExitZero() {
		Result help = this.cli.run("--help");
		assertThat(help.status()).isZero();
		assertThat(help.out()).startsWith("Usage: pagerduty [-hV] [COMMAND]").contains("PAGERDUTY_ROUTING_KEY");
		assertThat(this.cli.run("trigger", "--help").out()).contains("--custom-detail=KEY=VALUE", "--max-attempts=N");
		Result version = this.cli.run("--version");
		assertThat(version.status()).isZero();
		assertThat(version.out()).startsWith("pagerduty (pdkit) " + PdkitVersion.version() + "\n");
		assertThat(PdkitVersion.version()).isEqualTo("0.1.0-SNAPSHOT");
	}

	@Test
	void runWhenRoutingKeyAppearsAsStrayArgumentShouldMaskItOnStandardError() {
		Result result = this.cli.run("trigger", "--url", this.cli.url(), "--description", "x", CliHarness.ROUTING_KEY);
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("'" + CliHarness.MASKED_KEY + "'").doesNotContain(CliHarness.ROUTING_KEY);
	}

	@Test
	void publicRunWhenRealEnvironmentMapGivenShouldUseItAndTheLocalHostName() {
		this.cli.accept("k");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = PagerDutyCli.run(new String[] { "trigger", "--url", this.cli.url(), "--description", "x" },
				Map.of("PAGERDUTY_ROUTING_KEY", CliHarness.ROUTING_KEY),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("Alert triggered successfully. Deduplication key: k\n");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(bodyOf(this.cli.take()).path("payload").path("source").asString()).startsWith("pagerduty.cli on ")
			.hasSizeGreaterThan("pagerduty.cli on ".length());
	}

}
