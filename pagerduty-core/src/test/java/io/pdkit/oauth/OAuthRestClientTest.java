package io.pdkit.oauth;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.pdkit.oauth.OAuthTokenClientTest.NOW;
import static io.pdkit.oauth.OAuthTokenClientTest.tokenResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OAuthRestClientTest {

	private final MockWebServer server = new MockWebServer();

	private final List<OAuthToken> stored = new java.util.concurrent.CopyOnWriteArrayList<>();

	private OAuthTokenClient oauth;

	private String url;

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.url = "http://127.0.0.1:" + this.server.getPort();
		this.oauth = OAuthTokenClient.builder("client-secret-9876", "cid")
			.baseUrl(this.url)
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.build();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void refreshClientWhenTokenOutsideBufferShouldNotRefresh() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"user\":{\"id\":\"P1\"}}").build());

		RefreshResult result = this.oauth.refreshClient("access-1111", "refresh-2222", NOW.plus(Duration.ofHours(25)),
				builder -> builder.baseUrl(this.url));
		result.client().rget("/users/me");

		assertThat(result.token()).isEmpty();
		assertThat(this.server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-1111");
	}

	@Test
	void refreshClientWhenTokenInsideBufferShouldRefreshAndReturnNewToken() throws Exception {
		this.server.enqueue(tokenResponse(
				"{\"access_token\":\"access-3333\",\"refresh_token\":\"refresh-4444\",\"expires_in\":3600}"));

		RefreshResult result = this.oauth.refreshClient("access-1111", "refresh-2222", NOW.plus(Duration.ofHours(23)));

		assertThat(result.token()).hasValueSatisfying(token -> {
			assertThat(token.accessToken()).isEqualTo("access-3333");
			assertThat(token.expirationDate()).isEqualTo(NOW.plusSeconds(3600));
		});
		assertThat(result.client().baseUrl()).isEqualTo("https://api.pagerduty.com");
		assertThat(result.client().maskedCredential()).isEqualTo("*3333");
		assertThat(this.server.takeRequest().getBody().utf8())
			.startsWith("grant_type=refresh_token&refresh_token=refresh-2222");
	}

	@Test
	void selfRefreshingClientShouldRefreshOnceAfter401AndRetryOnce() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(401).build());
		this.server.enqueue(tokenResponse(
				"{\"access_token\":\"access-3333\",\"refresh_token\":\"refresh-4444\",\"expires_in\":3600}"));
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"user\":{\"id\":\"P1\"}}").build());
		OAuthToken token = new OAuthToken("access-1111", "refresh-2222", 2592000, NOW.plus(Duration.ofDays(20)), null,
				null, null);
		RestApiV2Client client = this.oauth.selfRefreshingRestClient(token, this.stored::add).baseUrl(this.url).build();

		assertThat(client.rget("/users/me").path("id").asString()).isEqualTo("P1");

		RecordedRequest first = this.server.takeRequest();
		RecordedRequest refresh = this.server.takeRequest();
		RecordedRequest retry = this.server.takeRequest();
		assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer access-1111");
		assertThat(refresh.getTarget()).isEqualTo("/oauth/token");
		assertThat(retry.getHeaders().get("Authorization")).isEqualTo("Bearer access-3333");
		assertThat(this.stored).extracting(OAuthToken::accessToken).containsExactly("access-3333");
	}

	@Test
	void thirtyTwoThreadsOnAnExpiringClientShouldCauseExactlyOneRefreshRequest() throws Exception {
		AtomicInteger tokenRequests = new AtomicInteger();
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getTarget().equals("/oauth/token")) {
					tokenRequests.incrementAndGet();
					return tokenResponse("{\"access_token\":\"access-3333\",\"refresh_token\":\"refresh-4444\","
							+ "\"expires_in\":2592000}")
						.newBuilder()
						.headersDelay(100, TimeUnit.MILLISECONDS)
						.build();
				}
				String auth = request.getHeaders().get("Authorization");
				return new MockResponse.Builder().code("Bearer access-3333".equals(auth) ? 200 : 401)
					.body("{\"user\":{\"id\":\"P1\"}}")
					.build();
			}
		});
		OAuthToken expiring = new OAuthToken("access-1111", "refresh-2222", 2592000, NOW.plusSeconds(60), null, null,
				null);
		RestApiV2Client client = this.oauth.selfRefreshingRestClient(expiring, this.stored::add)
			.baseUrl(this.url)
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return client.rget("/users/me").path("id").asString();
			}));
		}
		start.countDown();
		for (Future<String> result : results) {
			assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("P1");
		}
		pool.shutdown();

		assertThat(tokenRequests.get()).isEqualTo(1);
		assertThat(this.stored).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(33);
	}

	@Test
	void selfRefreshingClientWhenNewTokenAlsoRejectedShouldRaiseWithoutLooping() {
		this.server.enqueue(new MockResponse.Builder().code(401).build());
		this.server.enqueue(tokenResponse(
				"{\"access_token\":\"access-3333\",\"refresh_token\":\"refresh-4444\",\"expires_in\":3600}"));
		this.server.enqueue(new MockResponse.Builder().code(401).build());
		OAuthToken token = new OAuthToken("access-1111", "refresh-2222", 2592000, NOW.plus(Duration.ofDays(20)), null,
				null, null);
		RestApiV2Client client = this.oauth.selfRefreshingRestClient(token, this.stored::add).baseUrl(this.url).build();

		assertThatExceptionOfType(PagerDutyHttpException.class).isThrownBy(() -> client.rget("/users/me"))
			.withMessageContaining("(*3333)")
			.withMessageNotContaining("access-3333");
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

}
