package io.pdkit.oauth;

import java.net.InetAddress;

import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuthTokenMaskingTest {

	private static final String ACCESS = "pdus+_0XBPWQQ_access_4711";

	private static final String REFRESH = "pdus+_0XBPWQQ_refresh_0815";

	private final MockWebServer server = new MockWebServer();

	private OAuthTokenClient oauth;

	private String tokenUrl;

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.oauth = OAuthTokenClient.builder("client-secret-9876", "cid")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.build();
		this.tokenUrl = "POST http://127.0.0.1:" + this.server.getPort() + "/oauth/token";
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private void reply(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(body)
			.build());
	}

	@Test
	void getScopedAppTokenWhenReplyIsTruncatedJsonShouldMaskTheCutAccessToken() {
		reply(200, "{\"access_token\":\"" + ACCESS);

		assertThatThrownBy(() -> this.oauth.getScopedAppToken("read")).isInstanceOf(PagerDutyServerException.class)
			.hasMessage(this.tokenUrl + ": API responded with invalid JSON (status 200): {\"access_token\":\"****");
	}

	@Test
	void getRefreshedTokenWhenReplyIsTruncatedAfterTheAccessTokenShouldMaskEveryToken() {
		reply(200, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
				+ "\",\"id_token\":\"eyJhbGciOi.x");

		assertThatThrownBy(() -> this.oauth.getRefreshedToken("old-refresh-token"))
			.isInstanceOf(PagerDutyServerException.class)
			.hasMessage(this.tokenUrl + ": API responded with invalid JSON (status 200): {\"access_token\":\"*4711\","
					+ "\"refresh_token\":\"*0815\",\"id_token\":\"****");
	}

	@Test
	void getScopedAppTokenWhenErrorReplyEchoesTokensShouldMaskThem() {
		reply(400, "{\"error\":\"invalid_grant\",\"refresh_token\" : \"" + REFRESH + "\"}");

		assertThatThrownBy(() -> this.oauth.getScopedAppToken("read")).isInstanceOf(PagerDutyHttpException.class)
			.hasMessage(this.tokenUrl + ": API responded with client error (status 400): {\"error\":\"invalid_grant\","
					+ "\"refresh_token\" : \"*0815\"}");
	}

	@Test
	void getScopedAppTokenWhenReplyIsFormEncodedShouldMaskTheTokens() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body("access_token=" + ACCESS + "&expires_in=60")
			.build());

		assertThatThrownBy(() -> this.oauth.getScopedAppToken("read")).isInstanceOf(PagerDutyServerException.class)
			.hasMessage(
					this.tokenUrl + ": API responded with invalid JSON (status 200): access_token=*4711&expires_in=60");
	}

	@Test
	void getScopedAppTokenWhenReplyEchoesTheClientSecretShouldMaskIt() {
		reply(401, "{\"error\":\"bad client_secret client-secret-9876\"}");

		assertThatThrownBy(() -> this.oauth.getScopedAppToken("read")).isInstanceOf(PagerDutyHttpException.class)
			.message()
			.doesNotContain("client-secret-9876")
			.contains("*9876");
	}

}
