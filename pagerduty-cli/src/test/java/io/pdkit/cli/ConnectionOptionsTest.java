package io.pdkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

import io.pdkit.events.EventsApiV2Client;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionOptionsTest {

	private final CliEnvironment environment = new CliEnvironment(Map.of("PAGERDUTY_ROUTING_KEY", "0123456789abcdef"),
			new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()),
			duration -> {
			}, () -> "testhost");

	private EventsApiV2Client open(String... args) {
		TriggerCommand command = new TriggerCommand(this.environment);
		new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
		return command.connection.open(this.environment);
	}

	@Test
	void openWhenRegionEuShouldUseTheEuHost() {
		assertThat(open("--region", "eu").baseUrl()).isEqualTo("https://events.eu.pagerduty.com");
		assertThat(open().baseUrl()).isEqualTo("https://events.pagerduty.com");
	}

	@Test
	void openWhenVerboseWithoutUrlShouldSayItTargetsProduction() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliEnvironment verbose = new CliEnvironment(this.environment.env(), this.environment.out(),
				new PrintStream(err, true, StandardCharsets.UTF_8), duration -> {
				}, () -> "testhost");
		TriggerCommand command = new TriggerCommand(verbose);
		new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("-v", "--region", "eu");
		command.connection.open(verbose).close();
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Sending to https://events.eu.pagerduty.com,"
				+ " PagerDuty's production Events API (region eu; --url changes it)\n");
	}

	@Test
	void openWhenUrlGivenShouldOverrideTheRegion() {
		assertThat(open("--region", "EU", "--url", "https://events.example.com").baseUrl())
			.isEqualTo("https://events.example.com");
	}

	@Test
	void openWhenMaxAttemptsGivenShouldCapNetworkAndServerErrorRetries() {
		EventsApiV2Client client = open("--max-attempts", "3");
		assertThat(client.retrySettings().maxNetworkAttempts()).isEqualTo(2);
		assertThat(client.retrySettings().statuses()).isEqualTo(Map.of(500, 2, 502, 2, 503, 2, 504, 2));
		assertThat(client.retrySettings().maxHttpAttempts()).isEqualTo(1);
		EventsApiV2Client once = open("--max-attempts", "1");
		assertThat(once.retrySettings().maxNetworkAttempts()).isZero();
		assertThat(once.retrySettings().statuses().values()).containsOnly(0);
	}

	@Test
	void openWhenNoMaxAttemptsShouldKeepThePreset() {
		assertThat(open().retrySettings()).isEqualTo(EventsApiV2Client.DEFAULT_RETRY_SETTINGS);
	}

	@Test
	void durationConverterWhenDifferentNotationsShouldReadEach() {
		DurationConverter converter = new DurationConverter();
		assertThat(converter.convert("30")).isEqualTo(Duration.ofSeconds(30));
		assertThat(converter.convert("2.5")).isEqualTo(Duration.ofMillis(2500));
		assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(converter.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
	}

}
