package io.pdkit.autoconfigure.diagnostics;

import java.io.InputStream;
import java.net.URL;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationKeysFileTest {

	@Test
	void pdkitKeysShouldBeTheKeysOfTheStartersConfigurationMetadata() throws Exception {
		TreeSet<String> names = new TreeSet<>();
		TreeSet<String> maps = new TreeSet<>();
		for (String file : new String[] { "spring-configuration-metadata.json",
				"additional-spring-configuration-metadata.json" }) {
			for (JsonNode property : starterMetadata(file).path("properties")) {
				String name = property.path("name").asString();
				if (name.startsWith("pagerduty.")) {
					names.add(name);
					if (property.path("type").asString("").startsWith("java.util.Map")) {
						maps.add(name);
					}
				}
			}
		}

		KnownKeys fromList = KnownKeys.pdkit();

		assertThat(fromList.names())
			.as("configuration-keys.txt is out of date: run scripts/generate-configuration-keys.py")
			.containsExactlyElementsOf(names);
		assertThat(fromList.openPrefixes()).containsExactlyElementsOf(maps)
			.contains("pagerduty.retry.statuses", "pagerduty.events.retry.statuses");
	}

	@Test
	void pdkitKeysShouldAcceptMapEntriesAndRefuseTypos() {
		KnownKeys keys = KnownKeys.pdkit();

		assertThat(keys.isKnown("pagerduty.api-key")).isTrue();
		assertThat(keys.isKnown("pagerduty.retry.statuses.503")).isTrue();
		assertThat(keys.isKnown("pagerduty.api-token")).isFalse();
	}

	private static JsonNode starterMetadata(String file) throws Exception {
		URL classes = KnownKeys.class.getProtectionDomain().getCodeSource().getLocation();
		try (InputStream in = new URL(classes, "META-INF/" + file).openStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
