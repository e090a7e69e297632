package io.pdkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar and the launcher script as a user would, in a separate JVM.
 */
class PagerDutyCliJarIT {

	private static final Path JAR = Path.of(System.getProperty("pdkit.cli.jar", "target/missing.jar"));

	private static final Path LAUNCHER = Path.of(System.getProperty("pdkit.cli.launcher", "../bin/pagerduty"));

	@Test
	void jarWhenAskedForVersionShouldPrintItWithNothingOnStandardError() throws Exception {
		Output output = exec(Map.of(), javaCommand("--version"));
		assertThat(output.status()).isZero();
		assertThat(output.out()).startsWith("pagerduty (pdkit) 0.1.0-SNAPSHOT");
		assertThat(output.err()).isEmpty();
	}

	@Test
	void jarWhenTriggeringAgainstAStubShouldPrintTheDedupKeyAndStayQuiet() throws Exception {
		try (MockWebServer server = new MockWebServer()) {
			server.start(InetAddress.getLoopbackAddress(), 0);
			server.enqueue(new MockResponse.Builder().code(202)
				.body("{\"status\":\"success\",\"dedup_key\":\"from-jar\"}")
				.build());
			Output output = exec(Map.of("PAGERDUTY_ROUTING_KEY", CliHarness.ROUTING_KEY), javaCommand("trigger",
					"--url", "http://127.0.0.1:" + server.getPort(), "--description", "Disk full", "--source", "it"));
			assertThat(output)
				.isEqualTo(new Output(0, "Alert triggered successfully. Deduplication key: from-jar\n", ""));
			assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).contains("\"summary\":\"Disk full\"");
		}
	}

	@Test
	void jarWhenUnreachableShouldExitOneWithOneLineOnStandardError() throws Exception {
		String url = "http://127.0.0.1:" + CliHarness.closedPort();
		Output output = exec(Map.of("PAGERDUTY_ROUTING_KEY", CliHarness.ROUTING_KEY),
				javaCommand("resolve", "--url", url, "--max-attempts", "1", "-i", "k"));
		assertThat(output.status()).isEqualTo(1);
		assertThat(output.err())
			.startsWith("Error: POST " + url + "/v2/enqueue: could not reach PagerDuty after 1 attempt (")
			.containsIgnoringCase("connection refused")
			.hasLineCount(1);
	}

	@Test
	void launcherWhenRunShouldStartTheJar() throws Exception {
		assertThat(LAUNCHER).isRegularFile();
		Output output = exec(Map.of("PDKIT_CLI_JAR", JAR.toString()), List.of("sh", LAUNCHER.toString(), "--version"));
		assertThat(output.status()).isZero();
		assertThat(output.out()).startsWith("pagerduty (pdkit) ");
	}

	private static List<String> javaCommand(String... args) {
		assertThat(JAR).isRegularFile();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
		command.addAll(List.of(args));
		return command;
	}

	private static Output exec(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("PAGERDUTY_ROUTING_KEY");
		builder.environment().remove("JAVA_OPTS");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(env);
		Process process = builder.start();
		CompletableFuture<String> out = read(process.getInputStream());
		CompletableFuture<String> err = read(process.getErrorStream());
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the command did not finish: " + command);
		}
		return new Output(process.exitValue(), out.join(), err.join());
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	record Output(int status, String out, String err) {
	}

}
