package io.pdkit.core;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiClientRequestTest {

	private final MockWebServer server = new MockWebServer();

	private final List<Duration> sleeps = new ArrayList<>();

	private TestApiClient client;

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.client = TestApiClient.builder("u+secretkey1234")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.sleeper(this.sleeps::add)
			.build();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void getShouldSendAuthAcceptAndUserAgentAndReturnResponse() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("x-request-id", "req-42")
			.addHeader("Content-Type", "application/json")
			.body("{\"user\":{\"id\":\"P1\"}}")
			.build());

		ApiResponse response = this.client.get("/users/P1");

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/users/P1");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token token=u+secretkey1234");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.pagerduty+json;version=2");
		assertThat(request.getHeaders().get("User-Agent")).matches("pdkit/\\S+ Java/[0-9.]+\\S*");
		assertThat(request.getHeaders().get("Content-Type")).isNull();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.requestId()).hasValue("req-42");
		assertThat(response.json().path("user").path("id").asString()).isEqualTo("P1");
		assertThat(response.uri().toString()).isEqualTo(this.client.baseUrl() + "/users/P1");
	}

	@Test
	void getWithQueryShouldRepeatCollectionKeysAndMergeWithUrlQuery() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("statuses", List.of("triggered", "acknowledged"));
		query.put("limit", 2);
		query.put("include", null);
		query.put("time_zone", "Europe/Berlin");

		this.client.get("/incidents?limit=1&offset=3", RequestOptions.builder().query(query).build());

		assertThat(this.server.takeRequest().getTarget()).isEqualTo(
				"/incidents?offset=3&statuses=triggered&statuses=acknowledged&limit=2&include=&time_zone=Europe%2FBerlin");
	}

	@Test
	void postShouldSendJsonBodyWithContentTypeAndLetCallerHeadersWin() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
		Map<String, Object> body = Map.of("incident", Map.of("title", "Disk full"));

		this.client.post("/incidents",
				RequestOptions.builder()
					.body(body)
					.headers(Map.of("From", "oncall@example.com", "Accept", "application/json"))
					.build());

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("From")).isEqualTo("oncall@example.com");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		assertThat(request.getBody().utf8()).isEqualTo("{\"incident\":{\"title\":\"Disk full\"}}");
	}

	@Test
	void requestWhenCallerSetsAuthorizationShouldRefuseBeforeSending() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.get("/users",
					RequestOptions.builder().header("authorization", "Token token=other").build()))
			.withMessage(
					"headers: authorization is set from the client's credential and cannot be replaced per request");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void postWhenBodyParameterAuthShouldMergeSecretIntoCopyOfBody() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(202).body("{}").build());
		TestApiClient events = this.client.mutate().auth(AuthMethod.bodyParameter("routing_key")).build();
		Map<String, Object> event = new HashMap<>(Map.of("event_action", "trigger", "routing_key", "caller-value"));

		events.post("/v2/enqueue", RequestOptions.builder().body(event).build());

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(events.jsonMapper().readTree(request.getBody().utf8())).isEqualTo(
				events.jsonMapper().readTree("{\"event_action\":\"trigger\",\"routing_key\":\"u+secretkey1234\"}"));
		assertThat(event).containsEntry("routing_key", "caller-value");
	}

	@Test
	void postWithFormShouldSendUrlEncodedFieldsAndBodyParameters() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		TestApiClient oauth = this.client.mutate().auth(AuthMethod.bodyParameter("client_secret")).build();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		form.put("scope", "as_account-us.acme incidents.read");

		oauth.post("/oauth/token", RequestOptions.builder().form(form).build());

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(request.getBody().utf8()).isEqualTo(
				"grant_type=client_credentials&scope=as_account-us.acme+incidents.read&client_secret=u%2Bsecretkey1234");
	}

	@Test
	void requestWhenMethodNotPermittedShouldRaiseBeforeSending() {
		ApiDefinition postOnly = new ApiDefinition("events", "https://events.pagerduty.com",
				"https://events.eu.pagerduty.com", java.util.Set.of("post"), Map.of(), RetrySettings.defaults());
		TestApiClient events = TestApiClient.builder(postOnly, CredentialSource.of("routingkey1234"))
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.build();

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> events.get("/v2/enqueue"))
			.withMessage("Method GET not supported by this API. Permitted methods: POST");
		assertThatExceptionOfType(PagerDutyException.class)
			.isThrownBy(() -> this.client.request(" options ", "/x", RequestOptions.none()))
			.withMessage("Method OPTIONS not supported by this API. Permitted methods: DELETE, GET, PATCH, POST, PUT");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void requestWhenServerErrorShouldReturnResponseAndRequireSuccessShouldRaise() {
		String body = "x".repeat(150);
		this.server.enqueue(new MockResponse.Builder().code(500).addHeader("x-request-id", "r-500").body(body).build());

		ApiResponse response = this.client.get("/users");

		assertThat(response.status()).isEqualTo(500);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> response.requireSuccess("classic pagination"))
			.withMessage("GET " + this.client.baseUrl() + "/users: API responded with server error (status 500) in "
					+ "classic pagination: " + "x".repeat(99) + "... (x-request-id: r-500)")
			.satisfies(ex -> {
				assertThat(ex.status()).isEqualTo(500);
				assertThat(ex.requestId()).hasValue("r-500");
			});
	}

	@Test
	void requestWhenClientErrorShouldRaiseHttpExceptionFromRequireSuccess() {
		this.server.enqueue(new MockResponse.Builder().code(404).body("{\"error\":\"nope\"}").build());

		assertThatExceptionOfType(PagerDutyHttpException.class)
			.isThrownBy(() -> this.client.get("/users/PX").requireSuccess())
			.withMessage("GET " + this.client.baseUrl() + "/users/PX: API responded with client error (status 404): "
					+ "{\"error\":\"nope\"}")
			.isNotInstanceOf(PagerDutyServerException.class);
	}

	@Test
	void requestWhenUnauthorizedShouldRaiseWithMaskedKeyAndRegionHint() {
		this.server.enqueue(new MockResponse.Builder().code(401).addHeader("x-request-id", "r-401").build());

		assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> this.client.get("/users"))
			.withMessageContaining("The API credential (*1234) may be invalid or deactivated")
			.withMessageContaining("wrong service region")
			.withMessageEndingWith("(x-request-id: r-401)")
			.withMessageNotContaining("secretkey");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void requestWhenRedirectedShouldRaiseAndNeverFollow() {
		this.server.enqueue(new MockResponse.Builder().code(302)
			.addHeader("Location", "http://127.0.0.1:" + this.server.getPort() + "/elsewhere")
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());

		assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> this.client.get("/users"))
			.withMessage("Received status 302 in response to GET " + this.client.baseUrl()
					+ "/users, but PagerDuty APIs are not expected to issue redirects.");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void requestWhenServerUnreachableShouldRetryNetworkThenRaiseWithCause() {
		TestApiClient unreachable = this.client.mutate().baseUrl("http://127.0.0.1:1").build();

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> unreachable.get("/users"))
			.withMessage("GET http://127.0.0.1:1/users: Non-transient network error; exceeded maximum number of "
					+ "attempts (3) to connect to the API.")
			.withCauseInstanceOf(org.springframework.web.client.ResourceAccessException.class)
			.satisfies(ex -> assertThat(ex.response()).isEmpty());
		assertThat(this.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(12));
	}

	@Test
	void requestWhenReadTimeoutExceededOnDefaultStackShouldBeANetworkError() {
		this.server.enqueue(
				new MockResponse.Builder().code(200).headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build());
		TestApiClient impatient = this.client.mutate()
			.timeout(Duration.ofMillis(200))
			.retrySettings(RetrySettings.defaults().withMaxNetworkAttempts(0))
			.build();

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> impatient.get("/users"))
			.withMessageContaining("exceeded maximum number of attempts (0)")
			.havingRootCause()
			.isInstanceOf(java.net.SocketTimeoutException.class);
	}

	@Test
	void requestWhenReadTimeoutExceededShouldBeANetworkError() {
		this.server.enqueue(
				new MockResponse.Builder().code(200).headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build());
		TestApiClient impatient = this.client.mutate()
			.httpClientType(HttpClientType.JDK)
			.timeout(Duration.ofMillis(200))
			.retrySettings(RetrySettings.defaults().withMaxNetworkAttempts(0))
			.build();

		assertThatExceptionOfType(PagerDutyException.class).isThrownBy(() -> impatient.get("/users"))
			.withMessageContaining("exceeded maximum number of attempts (0)")
			.havingRootCause()
			.isInstanceOf(java.net.http.HttpTimeoutException.class);
	}

	@Test
	void requestWhenUrlOutsideBaseShouldRaiseBeforeSending() {
		assertThatExceptionOfType(PagerDutyUrlException.class)
			.isThrownBy(() -> this.client.get("http://127.0.0.1:" + this.server.getPort() + ".evil.example/users"));
		assertThatExceptionOfType(PagerDutyUrlException.class)
			.isThrownBy(() -> this.client.get("https://evil.example/x"));
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void requestWhenClosedShouldRefuse() {
		this.client.close();

		assertThatIllegalStateException().isThrownBy(() -> this.client.get("/users"))
			.withMessage("This TestApiClient is closed");
	}

	@Test
	void mutateShouldBuildIndependentCopyAndToStringShouldMaskSecret() {
		TestApiClient eu = this.client.mutate().baseUrl(null).region(Region.EU).build();

		assertThat(eu.baseUrl()).isEqualTo("https://api.eu.pagerduty.com");
		assertThat(eu.region()).isEqualTo(Region.EU);
		assertThat(this.client.baseUrl()).isEqualTo("http://127.0.0.1:" + this.server.getPort());
		assertThat(eu).hasToString("TestApiClient[baseUrl=https://api.eu.pagerduty.com, credential=*1234]");
	}

	@Test
	void builderWhenTimeoutCombinedWithCallerStackShouldRefuse() {
		TestApiClient.Builder builder = TestApiClient.builder("abcdefgh1234")
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
			.timeout(Duration.ofSeconds(5));

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessageStartingWith("timeout, connectTimeout and proxy belong to the HTTP stack");
	}

	@Test
	void builderWhenCallerFactoryFollowsRedirectsShouldRefuse() {
		java.net.http.HttpClient following = java.net.http.HttpClient.newBuilder()
			.followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
			.build();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestApiClient.builder("abcdefgh1234")
				.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(following))
				.build())
			.withMessage(
					"requestFactory: its HttpClient follows redirects (NORMAL); build it with HttpClient.Redirect.NEVER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestApiClient.builder("abcdefgh1234")
				.requestFactory(new org.springframework.http.client.SimpleClientHttpRequestFactory())
				.build())
			.withMessageStartingWith("requestFactory: SimpleClientHttpRequestFactory always follows redirects");
	}

	@Test
	void builderWhenBadInputShouldNameTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestApiClient.builder(" "))
			.withMessage("secret must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestApiClient.builder("abcdefgh1234").baseUrl("http://api.pagerduty.com"))
			.withMessageStartingWith("baseUrl 'http://api.pagerduty.com' must use https://");
		assertThatIllegalArgumentException().isThrownBy(() -> TestApiClient.builder("abcdefgh1234").proxy("proxy", 0))
			.withMessage("proxy port must be between 1 and 65535, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestApiClient.builder("abcdefgh1234").timeout(Duration.ZERO))
			.withMessage("timeout must be positive, was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().body(RequestOptions.none()))
			.withMessage("body must not be a RequestOptions; pass options as the options argument");
		assertThatIllegalArgumentException().isThrownBy(() -> RetrySettings.defaults().withStaggerCooldown(-1))
			.withMessage("staggerCooldown must be a finite number >= 0, was -1.0");
	}

	@Test
	void proxyShouldCarryRequestsToTheProxy() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		TestApiClient proxied = TestApiClient.builder("abcdefgh1234")
			.baseUrl("http://localhost:9")
			.proxy("127.0.0.1", this.server.getPort())
			.build();

		proxied.get("/users");

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getRequestLine()).isEqualTo("GET http://localhost:9/users HTTP/1.1");
	}

}
