package io.pdkit.autoconfigure;

import java.net.InetAddress;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutySharedHttpStackTest {

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
	void clientsWhenBootHttpStackShouldShareOneConnectionPool() throws Exception {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty());
		assertSharedConnection(runner);
	}

	@Test
	void clientsWhenStandaloneStackShouldShareOneConnectionPool() throws Exception {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client",
					"org.springframework.boot.restclient"));
		assertSharedConnection(runner);
	}

	private void assertSharedConnection(ApplicationContextRunner runner) throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(200).body("{\"users\":[]}").build());
		this.server.enqueue(new MockResponse.Builder().code(202)
			.body("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"dk-1\"}")
			.build());
		String url = "http://127.0.0.1:" + this.server.getPort();
		runner
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=" + url,
					"pagerduty.events.routing-key=R0UT1NGKEY0000000000000000000abc", "pagerduty.events.url=" + url)
			.run(context -> {
				context.getBean(RestApiV2Client.class).get("/users");
				String dedupKey = context.getBean(EventsApiV2Client.class).trigger("Disk full", "db01");

				RecordedRequest rest = this.server.takeRequest();
				RecordedRequest events = this.server.takeRequest();
				assertThat(rest.getTarget()).isEqualTo("/users");
				assertThat(events.getTarget()).isEqualTo("/v2/enqueue");
				assertThat(dedupKey).isEqualTo("dk-1");
				assertThat(events.getConnectionIndex()).isEqualTo(rest.getConnectionIndex());
				assertThat(context.getBean(PagerDutyHttpStack.class))
					.isSameAs(context.getBean(PagerDutyHttpStack.class));
			});
	}

}
