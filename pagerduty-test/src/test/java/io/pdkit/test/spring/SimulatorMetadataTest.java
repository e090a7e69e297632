package io.pdkit.test.spring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorMetadataTest {

	@Test
	void simulatorKeysShouldBeInTheConfigurationMetadataWithDescriptions() throws Exception {
		try (InputStream in = SimulatorMetadataTest.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			List<String> names = new ArrayList<>();
			for (JsonNode property : metadata.path("properties")) {
				names.add(property.path("name").asString());
				assertThat(property.path("description").asString("")).isNotBlank();
			}
			assertThat(names).containsExactly("pagerduty.simulator.enabled", "pagerduty.simulator.port",
					"pagerduty.simulator.seed", "pagerduty.simulator.api-key");
		}
	}

}
