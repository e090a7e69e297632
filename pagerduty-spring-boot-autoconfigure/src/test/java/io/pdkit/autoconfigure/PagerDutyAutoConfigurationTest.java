package io.pdkit.autoconfigure;

import java.net.InetAddress;
import java.time.Duration;

import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.Region;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.oauth.OAuthTokenClient;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PagerDutyAutoConfigurationTest {

	private final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(PagerDutyTestConfigurations.bootHttp())
		.withConfiguration(PagerDutyTestConfigurations.pagerDuty());

	@BeforeEach
	void start() throws Exception {
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private String stubUrl() {
		return "http://127.0.0.1:" + this.server.getPort();
	}

	@Test
	void withoutCredentialsShouldCreateNoClient() {
		this.runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(RestApiV2Client.class);
			assertThat(context).doesNotHaveBean(EventsApiV2Client.class);
			assertThat(context).doesNotHaveBean(OAuthTokenClient.class);
		});
	}

	@Test
	void apiKeyShouldCreateRestClientForTheRegion() {
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.region=eu").run(context -> {
			RestApiV2Client client = context.getBean(RestApiV2Client.class);
			assertThat(client.baseUrl()).isEqualTo("https://api.eu.pagerduty.com");
			assertThat(client.region()).isEqualTo(Region.EU);
			assertThat(client.toString()).doesNotContain("abcdefgh");
			assertThat(context).doesNotHaveBean(EventsApiV2Client.class);
		});
	}

	@Test
	void routingKeyShouldCreateEventsClientWithMergedRetryPreset() {
		this.runner
			.withPropertyValues("pagerduty.events.routing-key=R0UT1NGKEY0000000000000000000abc",
					"pagerduty.events.retry.statuses.500=1", "pagerduty.events.retry.max-network-attempts=5",
					"pagerduty.region=eu")
			.run(context -> {
				EventsApiV2Client events = context.getBean(EventsApiV2Client.class);
				assertThat(events.baseUrl()).isEqualTo("https://events.eu.pagerduty.com");
				assertThat(events.retrySettings().statuses()).containsEntry(500, 1)
					.containsEntry(502, 4)
					.containsEntry(503, 6)
					.containsEntry(504, 6);
				assertThat(events.retrySettings().maxNetworkAttempts()).isEqualTo(5);
				assertThat(context).doesNotHaveBean(RestApiV2Client.class);
			});
	}

	@Test
	void everyRestPropertyShouldReachTheClient() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"users\":[],\"more\":false}").build());
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=" + stubUrl(),
					"pagerduty.auth-type=bearer", "pagerduty.default-from=oncall@example.com", "pagerduty.page-size=25",
					"pagerduty.debug=true", "pagerduty.timeout=5s", "pagerduty.connect-timeout=2s",
					"pagerduty.retry.max-http-attempts=4", "pagerduty.retry.max-network-attempts=2",
					"pagerduty.retry.sleep-timer=100ms", "pagerduty.retry.sleep-timer-base=3",
					"pagerduty.retry.stagger-cooldown=0.5", "pagerduty.retry.max-elapsed=1m",
					"pagerduty.retry.statuses.404=5", "pagerduty.retry.statuses.502=-1")
			.run(context -> {
				RestApiV2Client client = context.getBean(RestApiV2Client.class);
				assertThat(client.baseUrl()).isEqualTo(stubUrl());
				assertThat(client.defaultPageSize()).isEqualTo(25);
				assertThat(client.retrySettings().statuses()).containsEntry(404, 5).containsEntry(502, -1);
				assertThat(client.retrySettings().maxHttpAttempts()).isEqualTo(4);
				assertThat(client.retrySettings().maxNetworkAttempts()).isEqualTo(2);
				assertThat(client.retrySettings().sleepTimer()).isEqualTo(Duration.ofMillis(100));
				assertThat(client.retrySettings().sleepTimerBase()).isEqualTo(3);
				assertThat(client.retrySettings().staggerCooldown()).isEqualTo(0.5);
				assertThat(client.retrySettings().maxElapsed()).isEqualTo(Duration.ofMinutes(1));

				client.listAll("/users");

				RecordedRequest request = this.server.takeRequest();
				assertThat(request.getTarget()).isEqualTo("/users?limit=25&total=false&offset=0");
				assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer u+abcdefgh1234");
				assertThat(request.getHeaders().get("From")).isEqualTo("oncall@example.com");
			});
	}

	@Test
	void userDefinedClientsShouldWin() {
		this.runner.withUserConfiguration(OwnClients.class)
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.events.routing-key=R0UT1NGKEY000abc")
			.run(context -> {
				assertThat(context).hasSingleBean(RestApiV2Client.class);
				assertThat(context.getBean(RestApiV2Client.class)).isSameAs(context.getBean("ownRest"));
				assertThat(context.getBean(EventsApiV2Client.class)).isSameAs(context.getBean("ownEvents"));
			});
	}

	@Test
	void customizersShouldApplyInOrderToEveryClient() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		this.server.enqueue(new MockResponse.Builder().code(202).body("{\"dedup_key\":\"k\"}").build());
		this.runner.withUserConfiguration(OrderedCustomizers.class)
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=" + stubUrl(),
					"pagerduty.events.routing-key=R0UT1NGKEY000abc", "pagerduty.events.url=" + stubUrl())
			.run(context -> {
				context.getBean(RestApiV2Client.class).get("/users");
				context.getBean(EventsApiV2Client.class).trigger("Disk full", "db01");

				assertThat(this.server.takeRequest().getHeaders().values("X-Order")).containsExactly("second");
				assertThat(this.server.takeRequest().getHeaders().values("X-Order")).containsExactly("second");
			});
	}

	@Test
	void invalidValuesShouldFailTheStartNamingTheProperty() {
		this.runner.withPropertyValues("pagerduty.page-size=-1")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("pagerduty.page-size must be at least 1, was -1"));
		this.runner.withPropertyValues("pagerduty.url=http://api.example.com")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("pagerduty.url: baseUrl 'http://api.example.com' must use https://"));
		this.runner.withPropertyValues("pagerduty.timeout=0s")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pagerduty.timeout must be positive, was PT0S"));
		this.runner.withPropertyValues("pagerduty.region=mars")
			.run(context -> assertThat(causes(context.getStartupFailure()))
				.contains("Failed to bind properties under 'pagerduty.region' to io.pdkit.core.Region"));
		this.runner.withPropertyValues("pagerduty.auth-type=basic")
			.run(context -> assertThat(causes(context.getStartupFailure()))
				.contains("Failed to bind properties under 'pagerduty.auth-type' to io.pdkit.core.AuthType"));
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.retry.stagger-cooldown=-2")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("Invalid pagerduty.retry.*: staggerCooldown must be a finite number >= 0, was -2.0"));
		this.runner.withPropertyValues("pagerduty.oauth.client-id=cid")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pagerduty.oauth.client-secret must be set when pagerduty.oauth.client-id is"));
	}

	@Test
	void bootHttpStackShouldNeverFollowRedirects() {
		this.server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", stubUrl() + "/other").build());
		this.server.enqueue(new MockResponse.Builder().code(200).build());
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=" + stubUrl())
			.run(context -> {
				RestApiV2Client client = context.getBean(RestApiV2Client.class);
				assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> client.get("/users"));
				assertThat(this.server.getRequestCount()).isEqualTo(1);
			});
	}

	@Test
	void withoutBootHttpClientModuleShouldUseStandaloneStack() {
		new ApplicationContextRunner().withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client",
					"org.springframework.boot.restclient"))
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.timeout=7s")
			.run(context -> {
				assertThat(context).hasSingleBean(RestApiV2Client.class);
				assertThat(context.getBean(PagerDutyHttpStack.class).getClass().getName()).doesNotContain("Boot");
			});
	}

	@Test
	void oauthWithScopeAndNoApiKeyShouldCreateAppTokenRestClient() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("{\"access_token\":\"app-token-1111\",\"expires_in\":86400}")
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"users\":[],\"more\":false}").build());
		this.runner
			.withPropertyValues("pagerduty.oauth.client-id=cid", "pagerduty.oauth.client-secret=client-secret-9876",
					"pagerduty.oauth.scope=as_account-us.acme users.read", "pagerduty.oauth.url=" + stubUrl(),
					"pagerduty.url=" + stubUrl())
			.run(context -> {
				assertThat(context).hasSingleBean(OAuthTokenClient.class);
				context.getBean(RestApiV2Client.class).listAll("/users");

				assertThat(this.server.takeRequest().getBody().utf8()).isEqualTo(
						"grant_type=client_credentials&scope=as_account-us.acme+users.read&client_id=cid&client_secret=client-secret-9876");
				assertThat(this.server.takeRequest().getHeaders().get("Authorization"))
					.isEqualTo("Bearer app-token-1111");
			});
	}

	@Test
	void proxyAndOAuthPropertiesShouldReachTheClients() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
		this.runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=http://localhost:9",
				"pagerduty.proxy.host=127.0.0.1", "pagerduty.proxy.port=" + this.server.getPort(),
				"pagerduty.oauth.client-id=cid", "pagerduty.oauth.client-secret=client-secret-9876",
				"pagerduty.oauth.early-refresh-buffer=2h", "pagerduty.oauth.redirect-uri=https://app.example.com/cb")
			.run(context -> {
				context.getBean(RestApiV2Client.class).get("/users");

				assertThat(this.server.takeRequest().getRequestLine())
					.isEqualTo("GET http://localhost:9/users HTTP/1.1");
				OAuthTokenClient oauth = context.getBean(OAuthTokenClient.class);
				assertThat(oauth.earlyRefreshBuffer()).isEqualTo(Duration.ofHours(2));
				assertThat(oauth.redirectUri()).hasValue("https://app.example.com/cb");
				assertThat(oauth.authorizeUrl("read"))
					.startsWith("https://identity.pagerduty.com/oauth/authorize?client_id=cid"
							+ "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb");
			});
	}

	@Test
	void appTokensShouldBeHandedToTheApplicationsTokenStore() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.body("{\"access_token\":\"app-token-1111\",\"expires_in\":86400}")
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"users\":[],\"more\":false}").build());
		java.util.List<io.pdkit.oauth.OAuthToken> stored = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.runner.withBean(io.pdkit.oauth.TokenStore.class, () -> stored::add)
			.withPropertyValues("pagerduty.oauth.client-id=cid", "pagerduty.oauth.client-secret=client-secret-9876",
					"pagerduty.oauth.scope=as_account-us.acme users.read", "pagerduty.oauth.url=" + stubUrl(),
					"pagerduty.url=" + stubUrl())
			.run(context -> {
				context.getBean(RestApiV2Client.class).listAll("/users");

				assertThat(stored).extracting(io.pdkit.oauth.OAuthToken::accessToken).containsExactly("app-token-1111");
			});
	}

	@Test
	void oauthWithApiKeyShouldKeepTheApiKeyRestClient() {
		this.runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.oauth.client-id=cid",
					"pagerduty.oauth.client-secret=client-secret-9876", "pagerduty.oauth.scope=as_account-us.acme read")
			.run(context -> {
				assertThat(context).hasSingleBean(RestApiV2Client.class);
				assertThat(context.getBean(RestApiV2Client.class).maskedCredential()).isEqualTo("*1234");
			});
	}

	private static String causes(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnClients {

		@Bean
		RestApiV2Client ownRest() {
			return RestApiV2Client.builder("own-key-00001111").build();
		}

		@Bean
		EventsApiV2Client ownEvents() {
			return EventsApiV2Client.builder("own-routing-key-0000").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		@Bean
		@Order(2)
		PagerDutyClientCustomizer second() {
			return builder -> builder.defaultHeader("X-Order", "second");
		}

		@Bean
		@Order(1)
		PagerDutyClientCustomizer first() {
			return builder -> builder.defaultHeader("X-Order", "first");
		}

	}

}
