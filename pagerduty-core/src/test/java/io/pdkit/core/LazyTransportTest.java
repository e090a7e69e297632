package io.pdkit.core;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class LazyTransportTest {

	private static final int THREADS = 16;

	private static final long CLOSE_LIMIT_MILLIS = 10_000;

	private ConnectionCountingServer server;

	@BeforeEach
	void start() throws Exception {
		this.server = new ConnectionCountingServer();
	}

	@AfterEach
	void stop() throws Exception {
		this.server.close();
	}

	@ParameterizedTest
	@EnumSource(HttpClientType.class)
	void buildWhenNoRequestIsSentShouldStartNoThreadAndOpenNoConnection(HttpClientType type) throws Exception {
		Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

		for (int i = 0; i < 20; i++) {
			TestApiClient client = TestApiClient.builder("secret-key-1234")
				.baseUrl(this.server.baseUrl())
				.httpClientType(type)
				.build();
			TestApiClient copy = client.mutate().defaultHeader("X-Copy", "1").build();
			copy.close();
			client.close();
		}

		assertThat(newThreads(before)).isEmpty();
		assertThat(this.server.opened()).isZero();
	}

	@Test
	void firstRequestWhenSixteenThreadsSendAtOnceShouldShareOneStackThatCloseReleases() throws Exception {
		Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
		TestApiClient client = TestApiClient.builder("secret-key-1234").baseUrl(this.server.baseUrl()).build();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			String id = "P" + i;
			statuses.add(pool.submit(() -> {
				go.await();
				return client.get("/users/" + id).status();
			}));
		}

		go.countDown();
		List<Integer> seen = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			seen.add(status.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		client.close();

		assertThat(seen).hasSize(THREADS).containsOnly(200);
		assertThat(this.server.opened()).isBetween(1, THREADS);
		assertThat(this.server.awaitAllClosed(CLOSE_LIMIT_MILLIS)).isTrue();
		assertThat(this.server.closed()).isEqualTo(this.server.opened());
		assertThat(newThreads(before)).isEmpty();
	}

	@Test
	void restClientBuilderWhenChangedAfterBuildShouldNotChangeTheClient() throws Exception {
		try (MockWebServer mock = new MockWebServer()) {
			mock.enqueue(new MockResponse.Builder().code(200).body("{}").build());
			mock.start(InetAddress.getLoopbackAddress(), 0);
			RestClient.Builder builder = RestClient.builder();
			try (TestApiClient client = TestApiClient.builder("secret-key-1234")
				.baseUrl("http://127.0.0.1:" + mock.getPort())
				.restClientBuilder(builder)
				.build()) {
				builder.defaultHeader("X-Added-Later", "1");

				client.get("/users/PA");
			}

			RecordedRequest request = mock.takeRequest();
			assertThat(request.getHeaders().get("X-Added-Later")).isNull();
			assertThat(request.getTarget()).isEqualTo("/users/PA");
		}
	}

	private static List<String> newThreads(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(thread -> !before.contains(thread) && thread.isAlive())
			.map(Thread::getName)
			.filter(name -> !name.startsWith(ConnectionCountingServer.THREAD_PREFIX))
			.toList();
	}

}
