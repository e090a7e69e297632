package io.pdkit.core;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallerRestClientBuilderTest {

	private final MockWebServer server = new MockWebServer();

	private final List<Duration> sleeps = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void getWhenCallerBuilderHasNoFactoryShouldNotFollowRedirectAndKeepBuilderSettings() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/elsewhere").build());
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

		try (TestApiClient client = client(RestClient.builder().defaultHeader("X-Application", "billing"))) {
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> client.get("/users/P1"));
		}

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getTarget()).isEqualTo("/users/P1");
		assertThat(request.getHeaders().get("X-Application")).isEqualTo("billing");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void getWhenCallerBuilderHasNoFactoryShouldLeaveRetriesOf429ToTheClientsSleeper() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("{\"user\":{\"id\":\"P1\"}}")
			.build());

		try (TestApiClient client = client(RestClient.builder())) {
			assertThat(client.get("/users/P1").status()).isEqualTo(200);
		}

		assertThat(this.server.getRequestCount()).isEqualTo(2);
		assertThat(this.sleeps).hasSize(1);
	}

	@Test
	void buildWhenCallerBuilderHasRedirectingFactoryShouldBeRefused() {
		RestClient.Builder redirecting = RestClient.builder().requestFactory(new SimpleClientHttpRequestFactory());

		assertThatIllegalArgumentException().isThrownBy(() -> client(redirecting))
			.withMessageStartingWith("requestFactory: SimpleClientHttpRequestFactory always follows redirects");
	}

	private TestApiClient client(RestClient.Builder restClientBuilder) {
		return TestApiClient.builder("u+secretkey1234")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.restClientBuilder(restClientBuilder)
			.sleeper(this.sleeps::add)
			.build();
	}

}
