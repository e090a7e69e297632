package io.pdkit.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationMetadataTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyPagerDutyPropertyShouldHaveADescription() throws Exception {
		JsonNode metadata = read("META-INF/spring-configuration-metadata.json");
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.path("properties")) {
			String name = property.path("name").asString();
			if (name.startsWith("pagerduty.")) {
				names.add(name);
				assertThat(property.path("description").asString("")).as(name).isNotBlank();
			}
		}
		assertThat(names).contains("pagerduty.api-key", "pagerduty.region", "pagerduty.retry.statuses",
				"pagerduty.events.routing-key", "pagerduty.events.retry.statuses", "pagerduty.oauth.client-secret",
				"pagerduty.proxy.port", "pagerduty.health.cache-ttl");
	}

	@Test
	void regionAndAuthTypeShouldHaveValueHints() throws Exception {
		JsonNode hints = read("META-INF/additional-spring-configuration-metadata.json").path("hints");
		List<String> hinted = new ArrayList<>();
		hints.forEach(hint -> hinted.add(hint.path("name").asString() + "=" + hint.path("values").size()));

		assertThat(hinted).contains("pagerduty.region=2", "pagerduty.auth-type=4");
	}

	private JsonNode read(String resource) throws Exception {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return this.json.readTree(in);
		}
	}

}
