package io.pdkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.pdkit.core.AuthType;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.oauth.OAuthToken;
import io.pdkit.oauth.OAuthTokenClient;
import io.pdkit.oauth.PkceParams;
import io.pdkit.rest.RestApiV2Client;

class OAuthTokenEndpointTest {

	private static final String REDIRECT = "https://app.example.com/callback";

	private final TestClock clock = new TestClock(Instant.parse("2026-03-02T10:00:00Z"));

	private final List<OAuthToken> stored = new ArrayList<>();

	private PagerDutySimulator sim;

	private OAuthTokenClient oauth;

	@BeforeEach
	void start() {
		sim = PagerDutySimulator.builder().clock(clock).oauthClient("app-1", "app-1-secret").start();
		oauth = OAuthTokenClient.builder("app-1-secret", "app-1").baseUrl(sim.oauthBaseUrl()).clock(clock).build();
	}

	@AfterEach
	void stop() {
		oauth.close();
		sim.close();
	}

	private RestApiV2Client bearer(String token) {
		return RestApiV2Client.builder(token).authType(AuthType.BEARER).baseUrl(sim.restBaseUrl()).build();
	}

	private static int status(Throwable error) {
		return ((PagerDutyHttpException) error).status();
	}

	private String authorize(String url) {
		SimHttp.Response response = SimHttp.bare(sim.oauthBaseUrl()).get(url.substring(sim.oauthBaseUrl().length()));
		assertThat(response.status()).isEqualTo(302);
		String location = response.header("Location");
		assertThat(location).startsWith(REDIRECT + "?code=");
		return URI.create(location).getQuery().substring("code=".length());
	}

	@Test
	void scopedAppTokenWhenScopeNamesTheAccountShouldAuthenticateRestCallsForADay() {
		OAuthToken token = oauth.getScopedAppToken(PagerDutySimulator.OAUTH_ACCOUNT_SCOPE + " incidents.read");

		assertThat(token.expiresIn()).isEqualTo(86_400);
		assertThat(token.refreshToken()).isNull();
		assertThat(token.scope()).isEqualTo("as_account-us.pdkit-sim incidents.read");
		assertThat(sim.lastRequest().body()).startsWith("grant_type=client_credentials&scope=as_account-us.pdkit-sim"
				+ "+incidents.read&client_id=app-1&client_secret=");
		try (RestApiV2Client rest = bearer(token.accessToken())) {
			assertThat(rest.rget("/users/me").path("email").asString()).isEqualTo(sim.ownerEmail());
			clock.advance(Duration.ofDays(1));
			assertThatThrownBy(() -> rest.rget("/users/me")).satisfies(e -> assertThat(status(e)).isEqualTo(401));
		}
	}

	@Test
	void scopedAppTokenWhenScopeNamesAnotherAccountShouldAnswer400InvalidScope() {
		assertThatThrownBy(() -> oauth.getScopedAppToken("as_account-eu.acme incidents.read"))
			.isInstanceOf(PagerDutyHttpException.class)
			.satisfies(e -> assertThat(status(e)).isEqualTo(400))
			.hasMessageContaining("invalid_scope");
	}

	@Test
	void tokenRequestWhenSecretIsWrongShouldAnswer401InvalidClient() {
		try (OAuthTokenClient wrong = OAuthTokenClient.builder("not-the-secret", "app-1")
			.baseUrl(sim.oauthBaseUrl())
			.build()) {
			assertThatThrownBy(() -> wrong.getScopedAppToken(PagerDutySimulator.OAUTH_ACCOUNT_SCOPE))
				.satisfies(e -> assertThat(status(e)).isEqualTo(401))
				.satisfies(e -> assertThat(((PagerDutyHttpException) e).httpResponse().json().path("error").asString())
					.isEqualTo("invalid_client"))
				.satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-secret"));
		}
	}

	@Test
	void authorizationCodeWithPkceShouldGiveARefreshableUserToken() {
		PkceParams pkce = oauth.generateS256PkceParams();
		String code = authorize(oauth.pkceAuthorizeUrl("read write", REDIRECT, pkce.codeChallenge()));

		OAuthToken token = oauth.getNewTokenFromCodeWithPkce(code, "read write", REDIRECT, pkce.codeVerifier());

		assertThat(token.refreshToken()).isNotBlank();
		assertThat(token.expirationDate()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
		try (RestApiV2Client rest = bearer(token.accessToken())) {
			assertThat(rest.rget("/users/me").path("name").asString()).isEqualTo("Ada Lovelace");
		}
		assertThatThrownBy(() -> oauth.getNewTokenFromCodeWithPkce(code, "read write", REDIRECT, pkce.codeVerifier()))
			.satisfies(e -> assertThat(status(e)).isEqualTo(400))
			.hasMessageContaining("invalid_grant");
	}

	@Test
	void authorizationCodeWhenVerifierDoesNotMatchTheChallengeShouldAnswer400() {
		PkceParams pkce = oauth.generateS256PkceParams();
		String code = authorize(oauth.pkceAuthorizeUrl("read", REDIRECT, pkce.codeChallenge()));
		String otherVerifier = oauth.generateS256PkceParams().codeVerifier();

		assertThatThrownBy(() -> oauth.getNewTokenFromCodeWithPkce(code, "read", REDIRECT, otherVerifier))
			.satisfies(e -> assertThat(status(e)).isEqualTo(400))
			.hasMessageContaining("code_verifier does not match");
	}

	@Test
	void refreshTokenShouldRotateAndTheOldOneShouldBeRefused() {
		String code = authorize(oauth.authorizeUrl("read", REDIRECT));
		OAuthToken first = oauth.getNewTokenFromCode(code, "read", REDIRECT);

		OAuthToken second = oauth.getRefreshedToken(first.refreshToken());

		assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(sim.lastRequest().body()).startsWith("grant_type=refresh_token&refresh_token=");
		assertThatThrownBy(() -> oauth.getRefreshedToken(first.refreshToken()))
			.satisfies(e -> assertThat(status(e)).isEqualTo(400));
	}

	@Test
	void appTokenRestClientWhenTokenExpiresShouldFetchANewOneWithTheClock() {
		try (RestApiV2Client rest = oauth.appTokenRestClient(PagerDutySimulator.OAUTH_ACCOUNT_SCOPE, stored::add)
			.baseUrl(sim.restBaseUrl())
			.build()) {
			assertThat(rest.rget("/users/me").path("name").asString()).isEqualTo("Ada Lovelace");
			clock.advance(Duration.ofDays(1).plusSeconds(1));

			assertThat(rest.rget("/users/me").path("name").asString()).isEqualTo("Ada Lovelace");

			assertThat(stored).hasSize(2);
			assertThat(sim.requests()).extracting(ReceivedRequest::target)
				.containsExactly("/oauth/token", "/users/me", "/oauth/token", "/users/me");
			assertThat(sim.lastRequest().header("Authorization")).isEqualTo("Bearer " + stored.get(1).accessToken());
		}
		try (RestApiV2Client stale = bearer(stored.get(0).accessToken())) {
			assertThatThrownBy(() -> stale.rget("/users/me")).satisfies(e -> assertThat(status(e)).isEqualTo(401));
		}
	}

	@Test
	void selfRefreshingRestClientAfterExpiryShouldRefreshAndStoreTheNewToken() {
		String code = authorize(oauth.authorizeUrl("read write", REDIRECT));
		OAuthToken token = oauth.getNewTokenFromCode(code, "read write", REDIRECT);
		sim.clearRequests();
		clock.advance(Duration.ofDays(2));

		try (RestApiV2Client rest = oauth.selfRefreshingRestClient(token, stored::add)
			.baseUrl(sim.restBaseUrl())
			.build()) {
			assertThat(rest.rget("/users/me").path("name").asString()).isEqualTo("Ada Lovelace");
		}

		assertThat(stored).singleElement().satisfies(fresh -> {
			assertThat(fresh.accessToken()).isNotEqualTo(token.accessToken());
			assertThat(fresh.expirationDate()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
		});
		assertThat(sim.requests()).extracting(ReceivedRequest::target).containsExactly("/oauth/token", "/users/me");
		assertThat(sim.requests().get(0).body()).startsWith("grant_type=refresh_token&refresh_token=");
	}

}
