package io.pdkit.oauth;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.pdkit.oauth.OAuthTokenClientTest.NOW;
import static io.pdkit.oauth.OAuthTokenClientTest.tokenResponse;
import static org.assertj.core.api.Assertions.assertThat;

class OAuthTokenSourceTest {

	private final MockWebServer server = new MockWebServer();

	private final List<OAuthToken> stored = new CopyOnWriteArrayList<>();

	private OAuthTokenClient oauth;

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.oauth = OAuthTokenClient.builder("client-secret-9876", "cid")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.clock(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
			.earlyRefreshBuffer(Duration.ofHours(24))
			.build();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void secretWhenTokenExpiresAfterBufferShouldNotRefresh() {
		OAuthToken token = userToken(NOW.plus(Duration.ofHours(24)).plusSeconds(1));

		assertThat(this.oauth.tokenSource(token, this.stored::add).secret()).isEqualTo("old-access-1111");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void secretWhenTokenExpiresWithinBufferShouldRefreshAndStore() throws Exception {
		this.server
			.enqueue(tokenResponse("{\"access_token\":\"new-access-3333\",\"refresh_token\":\"new-refresh-4444\","
					+ "\"expires_in\":2592000}"));
		OAuthToken token = userToken(NOW.plus(Duration.ofHours(24)).minusSeconds(1));

		OAuthTokenSource source = this.oauth.tokenSource(token, this.stored::add);

		assertThat(source.secret()).isEqualTo("new-access-3333");
		assertThat(this.server.takeRequest().getBody().utf8())
			.startsWith("grant_type=refresh_token&refresh_token=old-refresh-2222");
		assertThat(this.stored).extracting(OAuthToken::refreshToken).containsExactly("new-refresh-4444");
		assertThat(source.currentToken())
			.hasValueSatisfying(t -> assertThat(t.expirationDate()).isEqualTo(NOW.plusSeconds(2592000)));
		assertThat(source.toString()).doesNotContain("new-access-3333");
	}

	@Test
	void thirtyTwoThreadsOnAnExpiringTokenShouldCauseExactlyOneRefresh() throws Exception {
		this.server
			.enqueue(tokenResponse("{\"access_token\":\"new-access-3333\",\"refresh_token\":\"new-refresh-4444\","
					+ "\"expires_in\":2592000}")
				.newBuilder()
				.headersDelay(100, TimeUnit.MILLISECONDS)
				.build());
		OAuthTokenSource source = this.oauth.tokenSource(userToken(NOW.minusSeconds(5)), this.stored::add);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> secrets = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			secrets.add(pool.submit(() -> {
				start.await();
				return source.secret();
			}));
		}
		start.countDown();
		for (Future<String> secret : secrets) {
			assertThat(secret.get(10, TimeUnit.SECONDS)).isEqualTo("new-access-3333");
		}
		pool.shutdown();

		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertThat(this.stored).hasSize(1);
	}

	@Test
	void refreshAfterRejectionShouldForceOneRefresh() {
		this.server.enqueue(tokenResponse(
				"{\"access_token\":\"new-access-3333\",\"refresh_token\":\"r-5555\",\"expires_in\":86400}"));
		OAuthTokenSource source = this.oauth.tokenSource(userToken(NOW.plus(Duration.ofDays(20))), this.stored::add);

		assertThat(source.refreshAfterRejection("old-access-1111")).isTrue();
		assertThat(source.secret()).isEqualTo("new-access-3333");
		assertThat(source.refreshAfterRejection("stale-token-0000")).isTrue();
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void appTokenSourceShouldFetchLazilyAndAgainBeforeExpiry() throws Exception {
		this.server.enqueue(tokenResponse("{\"access_token\":\"app-1111\",\"expires_in\":86400}"));

		OAuthTokenSource source = this.oauth.appTokenSource("as_account-us.acme incidents.read", this.stored::add);
		assertThat(this.server.getRequestCount()).isZero();

		assertThat(source.secret()).isEqualTo("app-1111");
		assertThat(source.secret()).isEqualTo("app-1111");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertThat(this.server.takeRequest().getBody().utf8())
			.startsWith("grant_type=client_credentials&scope=as_account-us.acme+incidents.read");
	}

	private static OAuthToken userToken(Instant expiration) {
		return new OAuthToken("old-access-1111", "old-refresh-2222", 2592000, expiration, "read", "bearer", null);
	}

}
