package io.pdkit.oauth;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.Region;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuthTokenClientTest {

	static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final MockWebServer server = new MockWebServer();

	private OAuthTokenClient oauth;

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.oauth = OAuthTokenClient.builder("client-secret-9876", "cid")
			.baseUrl("http://127.0.0.1:" + this.server.getPort())
			.clock(Clock.fixed(NOW, ZoneOffset.UTC))
			.build();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void authorizeUrlShouldFormEncodeParametersInOrder() {
		OAuthTokenClient us = new OAuthTokenClient("client-secret-9876", "cid");

		assertThat(us.authorizeUrl("read write", "https://example.com/nope")).isEqualTo(
				"https://identity.pagerduty.com/oauth/authorize?client_id=cid&redirect_uri=https%3A%2F%2Fexample.com%2Fnope"
						+ "&response_type=code&scope=read+write");
		assertThat(us.mutate().region(Region.EU).build().baseUrl()).isEqualTo("https://identity.pagerduty.com");
	}

	@Test
	void pkceAuthorizeUrlShouldAddChallengeAndMethod() {
		OAuthTokenClient us = new OAuthTokenClient("client-secret-9876", "cid");

		assertThat(us.pkceAuthorizeUrl("read", "https://example.com/cb", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
			.isEqualTo(
					"https://identity.pagerduty.com/oauth/authorize?client_id=cid&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"
							+ "&response_type=code&scope=read&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
							+ "&code_challenge_method=S256");
	}

	@Test
	void configuredRedirectUriShouldBeUsedByTheShortOverloads() throws Exception {
		OAuthTokenClient configured = this.oauth.mutate().redirectUri("https://example.com/cb").build();
		this.server.enqueue(tokenResponse("{\"access_token\":\"at-1111\",\"expires_in\":60}"));

		assertThat(configured.authorizeUrl("read"))
			.isEqualTo(configured.authorizeUrl("read", "https://example.com/cb"));
		assertThat(configured.pkceAuthorizeUrl("read", "chal"))
			.endsWith("&code_challenge=chal&code_challenge_method=S256");
		configured.getNewTokenFromCode("c", "read");

		assertThat(this.server.takeRequest().getBody().utf8())
			.contains("&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&");
		assertThat(configured.redirectUri()).hasValue("https://example.com/cb");
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.oauth.authorizeUrl("read"))
			.withMessageStartingWith("No redirect URI configured");
	}

	@Test
	void pkceParamsShouldMatchRfc7636Example() {
		PkceParams params = PkceParams.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

		assertThat(params.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
		assertThat(params.toString()).doesNotContain("dBjftJeZ4CVP").contains("*EjXk");
		PkceParams generated = this.oauth.generateS256PkceParams();
		assertThat(generated.codeVerifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(generated.codeChallenge()).hasSize(43)
			.isEqualTo(PkceParams.fromVerifier(generated.codeVerifier()).codeChallenge());
	}

	@Test
	void getNewTokenFromCodeShouldPostFormAndComputeExpiration() throws Exception {
		this.server
			.enqueue(tokenResponse("{\"access_token\":\"at-1111\",\"refresh_token\":\"rt-2222\",\"expires_in\":3600,"
					+ "\"scope\":\"read\",\"token_type\":\"bearer\",\"id_token\":\"idt\"}"));

		OAuthToken token = this.oauth.getNewTokenFromCode("the-code", "read", "https://example.com/cb");

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/oauth/token");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(request.getBody().utf8()).isEqualTo("grant_type=authorization_code&code=the-code&scope=read"
				+ "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&client_id=cid&client_secret=client-secret-9876");
		assertThat(token)
			.isEqualTo(new OAuthToken("at-1111", "rt-2222", 3600, NOW.plusSeconds(3600), "read", "bearer", "idt"));
		assertThat(token.toString()).doesNotContain("at-1111").doesNotContain("rt-2222");
	}

	@Test
	void everyGrantShouldSendItsExactForm() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.server.enqueue(tokenResponse("{\"access_token\":\"at-1111\",\"expires_in\":86400}"));
		}

		this.oauth.getNewTokenFromCodeWithPkce("c", "read", "https://e.com/cb", "verifier");
		this.oauth.getRefreshedToken("rt-2222");
		this.oauth.getScopedAppToken(OAuthTokenClient.appScope(Region.EU, "acme", "incidents.read", "services.write"));

		assertThat(this.server.takeRequest().getBody().utf8())
			.isEqualTo("grant_type=authorization_code&code=c&scope=read"
					+ "&redirect_uri=https%3A%2F%2Fe.com%2Fcb&code_verifier=verifier&client_id=cid&client_secret=client-secret-9876");
		assertThat(this.server.takeRequest().getBody().utf8())
			.isEqualTo("grant_type=refresh_token&refresh_token=rt-2222&client_id=cid&client_secret=client-secret-9876");
		assertThat(this.server.takeRequest().getBody().utf8()).isEqualTo("grant_type=client_credentials"
				+ "&scope=as_account-eu.acme+incidents.read+services.write&client_id=cid&client_secret=client-secret-9876");
	}

	@Test
	void getNewTokenWhenExpiresInMissingShouldRaise() {
		this.server.enqueue(tokenResponse("{\"access_token\":\"at-1111\"}"));

		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.oauth.getRefreshedToken("rt-2222"))
			.withMessageContaining("did not include expected key \"expires_in\"");
	}

	@Test
	void getNewTokenWhenRejectedShouldRaiseWithoutSecrets() {
		this.server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());

		assertThatExceptionOfType(io.pdkit.core.PagerDutyHttpException.class)
			.isThrownBy(() -> this.oauth.getRefreshedToken("rt-2222"))
			.withMessageContaining("status 400")
			.withMessageNotContaining("client-secret-9876");
	}

	@Test
	void badInputShouldNameTheArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.oauth.getRefreshedToken(" "))
			.withMessage("refreshToken must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OAuthTokenClient.builder("secret-1234", ""))
			.withMessage("clientId must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OAuthTokenClient.builder(" ", "cid"))
			.withMessage("clientSecret must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> io.pdkit.rest.RestApiV2Client.builder(""))
			.withMessage("apiKey must not be null or blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OAuthTokenClient.builder("secret-1234", "cid").earlyRefreshBuffer(Duration.ofSeconds(-1)))
			.withMessage("earlyRefreshBuffer must be zero or positive, was PT-1S");
		assertThat(this.oauth.toString()).doesNotContain("client-secret-9876").contains("*9876");
	}

	static MockResponse tokenResponse(String json) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
	}

}
