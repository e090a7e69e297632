package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

	private static PagerDutySimulator strict;

	private static PagerDutySimulator lenient;

	@BeforeAll
	static void start() {
		strict = PagerDutySimulator.builder().apiKey("u+correct-key").start();
		lenient = PagerDutySimulator.builder().acceptApiKey("app-config-key", "second-app-key").start();
	}

	@AfterAll
	static void stop() {
		strict.close();
		lenient.close();
	}

	@Test
	void restRequestWhenAuthorizationMissingShouldAnswer401WithPagerDutyErrorBody() {
		SimHttp.Response response = SimHttp.bare(lenient.restBaseUrl()).get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Authentication failed\",\"code\":2006}}");
		assertThat(response.header("x-request-id")).isNotBlank();
		assertThat(response.header("ratelimit-limit")).isEqualTo("960");
	}

	@Test
	void restRequestWhenKeyIsWrongShouldAnswer401() {
		SimHttp.Response response = SimHttp.bare(strict.restBaseUrl())
			.header("Authorization", "Token token=wrong-key")
			.get("/users");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2006);
	}

	@Test
	void restRequestWhenConfiguredKeyIsSentAsTokenOrBearerShouldSucceed() {
		assertThat(SimHttp.bare(strict.restBaseUrl())
			.header("Authorization", "Token token=u+correct-key")
			.get("/users")
			.status()).isEqualTo(200);
		assertThat(SimHttp.bare(strict.restBaseUrl())
			.header("Authorization", "Bearer u+correct-key")
			.get("/users")
			.status()).isEqualTo(200);
	}

	@Test
	void restRequestWhenNoKeyConfiguredShouldAcceptOnlyTheDemoKeyAndAcceptedKeys() {
		assertThat(SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Token token=" + PagerDutySimulator.DEFAULT_API_KEY)
			.get("/users")
			.status()).isEqualTo(200);
		assertThat(SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Token token=app-config-key")
			.get("/users")
			.status()).isEqualTo(200);
		assertThat(SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Bearer second-app-key")
			.get("/users")
			.status()).isEqualTo(200);
		SimHttp.Response unknown = SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Token token=anything")
			.get("/users");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo("{\"error\":{\"message\":\"Authentication failed\",\"code\":2006}}");
		assertThat(SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Bearer oauth-token")
			.get("/users")
			.status()).isEqualTo(401);
		assertThat(SimHttp.bare(lenient.restBaseUrl()).header("Authorization", "Token token=").get("/users").status())
			.isEqualTo(401);
		assertThat(SimHttp.bare(lenient.restBaseUrl())
			.header("Authorization", "Basic dXNlcjpwYXNz")
			.get("/users")
			.status()).isEqualTo(401);
	}

	@Test
	void strictSimulatorWhenDemoKeyIsSentShouldAnswer401() {
		assertThat(SimHttp.bare(strict.restBaseUrl())
			.header("Authorization", "Token token=" + PagerDutySimulator.DEFAULT_API_KEY)
			.get("/users")
			.status()).isEqualTo(401);
	}

	@Test
	void eventsRequestWhenNoAuthorizationShouldNotNeedOne() {
		String event = "{\"routing_key\":\"" + strict.routingKey() + "\",\"event_action\":\"trigger\","
				+ "\"payload\":{\"summary\":\"s\",\"source\":\"h\",\"severity\":\"info\"}}";

		SimHttp.Response response = SimHttp.bare(strict.eventsBaseUrl()).post("/v2/enqueue", event);

		assertThat(response.status()).isEqualTo(202);
	}

	@Test
	void apiKeyWhenConfiguredShouldBeReturnedAndMaskedInToString() {
		assertThat(strict.apiKey()).isEqualTo("u+correct-key");
		assertThat(strict.toString()).contains("*-key").doesNotContain("u+correct-key");
		assertThat(lenient.apiKey()).isEqualTo(PagerDutySimulator.DEFAULT_API_KEY);
	}

}
