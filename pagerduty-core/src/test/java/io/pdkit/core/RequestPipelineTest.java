package io.pdkit.core;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What reaches the wire and a caller's HTTP stack when pdkit sets its headers on each
 * attempt's HTTP request.
 */
class RequestPipelineTest {

	private static final String URI_TEMPLATE = RestClient.class.getName() + ".uriTemplate";

	private final MockWebServer server = new MockWebServer();

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void requestWhenCallerBuilderHasDefaultHeadersShouldKeepThemAndLetPdkitHeadersReplaceTheSameNames()
			throws Exception {
		RestClient.Builder caller = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory())
			.defaultHeader("User-Agent", "caller/1.0")
			.defaultHeader("Authorization", "Basic c3RhbGU=")
			.defaultHeader("X-Team", "platform");
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		try (TestApiClient client = builder("u+secretkey1234").restClientBuilder(caller).build()) {
			client.get("/users/P1");
		}

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().values("User-Agent")).singleElement().asString().startsWith("pdkit/");
		assertThat(request.getHeaders().values("Authorization")).containsExactly("Token token=u+secretkey1234");
		assertThat(request.getHeaders().values("Accept")).containsExactly("application/vnd.pagerduty+json;version=2");
		assertThat(request.getHeaders().values("X-Team")).containsExactly("platform");
	}

	@Test
	void requestWhenCallerBuilderHasInterceptorShouldShowItTheHeadersAndTheCanonicalPathAsUriTemplate()
			throws Exception {
		List<Object> templates = new ArrayList<>();
		List<String> authorizations = new ArrayList<>();
		RestClient.Builder caller = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory())
			.requestInterceptor((request, body, execution) -> {
				templates.add(String.valueOf(request.getAttributes().get(URI_TEMPLATE)));
				authorizations.add(request.getHeaders().getFirst("Authorization"));
				return execution.execute(request, body);
			});
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		try (TestApiClient client = builder("u+secretkey1234").restClientBuilder(caller).build()) {
			client.get("/users/P1");
			client.get("/teams");
			assertThat(templates).containsExactly(client.baseUrl() + "/users/{id}", "null");
		}
		assertThat(authorizations).containsExactly("Token token=u+secretkey1234", "Token token=u+secretkey1234");
	}

	@Test
	void postShouldSendOneJsonContentTypeAndTheCallerHeader() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(201).build());

		try (TestApiClient client = builder("u+secretkey1234").build()) {
			client.post("/users",
					RequestOptions.builder().body(java.util.Map.of("name", "A")).header("X-Trace", "t1").build());
		}

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().values("Content-Type")).containsExactly("application/json");
		assertThat(request.getHeaders().values("X-Trace")).containsExactly("t1");
		assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"A\"}");
	}

	@Test
	void requestWhenTheCredentialChangesShouldSendAndMaskTheCurrentSecret() throws Exception {
		AtomicReference<String> secret = new AtomicReference<>("u+firstsecret111");
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		this.server.enqueue(new MockResponse.Builder().code(500).body("echo u+secondsecret22").build());

		try (TestApiClient client = TestApiClient.builder(TestApiClient.API, secret::get)
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.build()) {
			client.get("/users/P1");
			secret.set("u+secondsecret22");
			ApiResponse failed = client.get("/users/P1");

			assertThat(this.server.takeRequest().getHeaders().get("Authorization"))
				.isEqualTo("Token token=u+firstsecret111");
			assertThat(this.server.takeRequest().getHeaders().get("Authorization"))
				.isEqualTo("Token token=u+secondsecret22");
			assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(failed::requireSuccess)
				.withMessageContaining("echo *et22")
				.withMessageNotContaining("u+secondsecret22");
		}
	}

	private TestApiClient.Builder builder(String secret) {
		return TestApiClient.builder(secret).baseUrl("http://127.0.0.1:" + this.server.getPort());
	}

}
