package io.pdkit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fresh application under {@code src/it} must use the {@code application.yml} that
 * docs/spring-boot.md documents, character for character, so that "copied as is, it
 * starts" is what the build checks.
 */
class DocumentedYamlTest {

	@Test
	void fixtureYamlShouldBeTheDocumentedOne() throws IOException {
		String docs = Files.readString(Path.of("..", "..", "docs", "spring-boot.md"), StandardCharsets.UTF_8);
		String fixture = Files.readString(
				Path.of("src", "it", "fresh-boot-app", "src", "main", "resources", "application.yml"),
				StandardCharsets.UTF_8);
		String marker = "```yaml\n# Every pdkit key";
		int start = docs.indexOf(marker);
		assertThat(start).as("the full yml block of docs/spring-boot.md").isNotNegative();
		String block = docs.substring(start + "```yaml\n".length(), docs.indexOf("```", start + marker.length()));

		assertThat(fixture).isEqualTo(block);
	}

}
