package io.pdkit.test.spring;

import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.PagerDutySimulatorExtension;
import io.pdkit.test.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PagerDutySimulatorExtensionPropertiesTest {

	@RegisterExtension
	static PagerDutySimulatorExtension pagerDuty = PagerDutySimulatorExtension
		.with(PagerDutySimulator.builder().seed(Seed.EMPTY).apiKey("extension-key-1234"));

	@DynamicPropertySource
	static void pagerDutyProperties(DynamicPropertyRegistry registry) {
		PagerDutySimulatorProperties.register(pagerDuty.simulator(), registry);
	}

	@Autowired
	private RestApiV2Client rest;

	@Test
	void simulatorWhenRegisteredWithDynamicPropertySourceShouldBeTheOneInjectedAndCalled(PagerDutySimulator simulator) {
		assertThat(simulator).isSameAs(pagerDuty.simulator());
		assertThat(this.rest.baseUrl()).isEqualTo(simulator.restBaseUrl());

		assertThat(this.rest.rget("users/me").path("email").asString()).isEqualTo(simulator.ownerEmail());
		assertThat(simulator.lastRequest().header("Authorization")).isEqualTo("Token token=extension-key-1234");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
