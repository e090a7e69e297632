package io.pdkit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the repackaged sample, whose AOT-generated initializers
 * {@code spring-boot:process-aot} compiled in, with {@code -Dspring.aot.enabled=true}:
 * the tour must pass against the embedded simulator.
 */
class PagerDutySampleAotIT {

	private static final Path JAR = Path.of("target", "pagerduty-sample.jar");

	@Test
	void jarWhenRunInAotModeShouldCompleteTheTour() throws IOException, InterruptedException {
		assertThat(JAR).isRegularFile();
		assertThat(Path.of("target", "classes", "io", "pdkit", "sample",
				"PagerDutySampleApplication__ApplicationContextInitializer.class"))
			.isRegularFile();
		Path log = Files.createTempFile("pagerduty-sample-aot", ".log");
		ProcessBuilder builder = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true",
						"-jar", JAR.toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("PAGERDUTY_"));
		Process process = builder.start();
		try {
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
			String output = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).contains("4. Resolved it through REST: status resolved")
				.contains("Health of PagerDuty: UP")
				.contains("Done.");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

}
