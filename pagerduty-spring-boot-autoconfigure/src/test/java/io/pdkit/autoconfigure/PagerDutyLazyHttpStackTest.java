package io.pdkit.autoconfigure;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.rest.RestApiV2Client;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyLazyHttpStackTest {

	private static final int THREADS = 16;

	private final MockWebServer server = new MockWebServer();

	@BeforeEach
	void start() throws Exception {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getTarget().equals("/v2/enqueue")) {
					return new MockResponse.Builder().code(202)
						.body("{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"dk-1\"}")
						.build();
				}
				return new MockResponse.Builder().code(200).body("{\"user\":{\"id\":\"PX\"}}").build();
			}
		});
		this.server.start(InetAddress.getLoopbackAddress(), 0);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void startWhenBootHttpStackShouldCreateNoHttpClientUntilTheFirstRequest() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty());
		withClients(runner).run(context -> {
			BootRestClientHttpStack stack = (BootRestClientHttpStack) context.getBean(PagerDutyHttpStack.class);
			assertThat(context).hasSingleBean(RestApiV2Client.class).hasSingleBean(EventsApiV2Client.class);
			assertThat(stack.isOpen()).isFalse();

			assertFirstRequestsFromManyThreadsSucceed(context);

			assertThat(stack.isOpen()).isTrue();
		});
	}

	@Test
	void startWhenStandaloneStackShouldCreateNoHttpClientUntilTheFirstRequest() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.http.client",
					"org.springframework.boot.restclient"));
		withClients(runner).run(context -> {
			StandaloneHttpStack stack = (StandaloneHttpStack) context.getBean(PagerDutyHttpStack.class);
			assertThat(stack.isOpen()).isFalse();

			assertFirstRequestsFromManyThreadsSucceed(context);

			assertThat(stack.isOpen()).isTrue();
		});
	}

	@Test
	void startWhenBootBuildsRequestFactoriesShouldBuildNoneUntilTheFirstRequestAndThenOne() {
		AtomicInteger builds = new AtomicInteger();
		ClientHttpRequestFactoryBuilder<?> counting = settings -> {
			builds.incrementAndGet();
			return ClientHttpRequestFactoryBuilder.httpComponents().build(settings);
		};
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> counting);
		withClients(runner).run(context -> {
			assertThat(context).hasSingleBean(RestApiV2Client.class).hasSingleBean(EventsApiV2Client.class);
			assertThat(builds).hasValue(0);

			assertFirstRequestsFromManyThreadsSucceed(context);
			context.getBean(EventsApiV2Client.class).trigger("Disk full", "db01");

			assertThat(builds).hasValue(1);
		});
	}

	@Test
	void requestWhenBootBuilderIsUsedShouldApplyTheApplicationsRestClientCustomizers() {
		RestClientCustomizer customizer = builder -> builder.defaultHeader("X-Customized", "yes");
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withBean(RestClientCustomizer.class, () -> customizer);
		withClients(runner).run(context -> {
			context.getBean(RestApiV2Client.class).rget("/users/PX");

			assertThat(this.server.takeRequest().getHeaders().get("X-Customized")).isEqualTo("yes");
		});
	}

	@Test
	void requestWhenTheApplicationDefinesItsOwnRestClientBuilderShouldSendThroughIt() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withBean(RestClient.Builder.class, () -> RestClient.builder().defaultHeader("X-Own-Builder", "yes"));
		withClients(runner).run(context -> {
			context.getBean(RestApiV2Client.class).rget("/users/PX");

			assertThat(this.server.takeRequest().getHeaders().get("X-Own-Builder")).isEqualTo("yes");
		});
	}

	private ApplicationContextRunner withClients(ApplicationContextRunner runner) {
		String url = "http://127.0.0.1:" + this.server.getPort();
		return runner.withPropertyValues("pagerduty.api-key=u+abcdefgh1234", "pagerduty.url=" + url,
				"pagerduty.events.routing-key=R0UT1NGKEY0000000000000000000abc", "pagerduty.events.url=" + url);
	}

	private void assertFirstRequestsFromManyThreadsSucceed(ApplicationContext context) throws Exception {
		RestApiV2Client client = context.getBean(RestApiV2Client.class);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<String>> ids = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			ids.add(pool.submit(() -> {
				go.await();
				return client.rget("/users/PX").get("id").asString();
			}));
		}
		go.countDown();
		for (Future<String> id : ids) {
			assertThat(id.get(30, TimeUnit.SECONDS)).isEqualTo("PX");
		}
		pool.shutdown();
		assertThat(this.server.getRequestCount()).isEqualTo(THREADS);
	}

}
