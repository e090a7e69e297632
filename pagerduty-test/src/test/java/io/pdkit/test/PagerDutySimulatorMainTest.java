package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.pdkit.test.internal.LauncherOptions;

class PagerDutySimulatorMainTest {

	@Test
	void parseWithoutArgumentsShouldUseDefaults() {
		LauncherOptions options = LauncherOptions.parse();

		assertThat(options.port()).isEqualTo(8089);
		assertThat(options.seed()).isEqualTo(Seed.DEMO);
		assertThat(options.apiKey()).isNull();
		assertThat(options.help()).isFalse();
	}

	@Test
	void parseShouldReadSeparateAndInlineValues() {
		LauncherOptions options = LauncherOptions.parse("--port", "9000", "--seed=EMPTY", "--api-key", "k-123");

		assertThat(options.port()).isEqualTo(9000);
		assertThat(options.seed()).isEqualTo(Seed.EMPTY);
		assertThat(options.apiKey()).isEqualTo("k-123");
		assertThat(options.toString()).doesNotContain("k-123");
		assertThat(LauncherOptions.parse("--help").help()).isTrue();
	}

	@Test
	void parseWhenKeysAndOAuthClientsRepeatShouldKeepEachAndTheStartedSimulatorShouldAcceptThem() {
		LauncherOptions options = LauncherOptions.parse("--port", "0", "--api-key", "k-1", "--api-key=k-2",
				"--oauth-client", "app:s3cret", "--public-url", "https://127.0.0.1:8443");

		assertThat(options.apiKey()).isEqualTo("k-1");
		assertThat(options.moreApiKeys()).containsExactly("k-2");
		assertThat(options.oauthClients()).containsEntry("app", "s3cret");
		assertThat(options.toString()).doesNotContain("k-1", "k-2", "s3cret");
		try (PagerDutySimulator sim = PagerDutySimulatorMain.start(options)) {
			assertThat(SimHttp.bare(sim.restBaseUrl())
				.header("Authorization", "Token token=k-2")
				.get("/users/me")
				.json()
				.path("user")
				.path("self")
				.asString()).startsWith("https://127.0.0.1:8443/users/");
			assertThat(SimHttp.bare(sim.restBaseUrl())
				.header("Authorization", "Token token=" + PagerDutySimulator.DEFAULT_API_KEY)
				.get("/users/me")
				.status()).isEqualTo(401);
		}
	}

	@Test
	void parseWhenArgumentIsBadShouldNameIt() {
		assertThatThrownBy(() -> LauncherOptions.parse("--port", "http")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("--port must be a number between 0 and 65535: http");
		assertThatThrownBy(() -> LauncherOptions.parse("--port", "70000"))
			.hasMessageStartingWith("--port must be a number");
		assertThatThrownBy(() -> LauncherOptions.parse("--seed", "full"))
			.hasMessage("--seed must be demo or empty: full");
		assertThatThrownBy(() -> LauncherOptions.parse("--seed")).hasMessage("--seed needs a value");
		assertThatThrownBy(() -> LauncherOptions.parse("--api-key=")).hasMessage("--api-key must not be blank");
		assertThatThrownBy(() -> LauncherOptions.parse("--verbose", "yes")).hasMessage("Unknown option: --verbose");
		assertThatThrownBy(() -> LauncherOptions.parse("--oauth-client", "no-secret"))
			.hasMessage("--oauth-client must be CLIENT_ID:CLIENT_SECRET");
		assertThatThrownBy(() -> LauncherOptions.parse("--public-url", "ftp://x"))
			.hasMessage("--public-url must start with http:// or https://: ftp://x");
	}

	@Test
	void describeShouldPrintUrlsApiKeyAndRoutingKey() {
		LauncherOptions options = LauncherOptions.parse("--port", "0", "--seed", "demo");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		try (PagerDutySimulator sim = PagerDutySimulatorMain.start(options)) {
			PagerDutySimulatorMain.describe(sim, options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
			String out = bytes.toString(StandardCharsets.UTF_8);

			assertThat(out).contains("REST API v2 base URL:   " + sim.restBaseUrl(),
					"Events API v2 base URL: " + sim.eventsBaseUrl(),
					"API key:                " + PagerDutySimulator.DEFAULT_API_KEY,
					"Routing key:            " + PagerDutySimulator.DEMO_ROUTING_KEY,
					"From header:            ada@pdkit.example");
			assertThat(SimHttp.rest(sim).get("/users/me").status()).isEqualTo(200);
		}
	}

	@Test
	void describeWhenApiKeyGivenShouldNotEchoIt() {
		LauncherOptions options = LauncherOptions.parse("--port", "0", "--seed", "empty", "--api-key", "given-key");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		try (PagerDutySimulator sim = PagerDutySimulatorMain.start(options)) {
			PagerDutySimulatorMain.describe(sim, options, new PrintStream(bytes, true, StandardCharsets.UTF_8));

			assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("given-key")
				.doesNotContain("Routing key");
			assertThat(sim.apiKey()).isEqualTo("given-key");
		}
	}

}
