package io.pdkit.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TransportLifecycleTest {

	private static final int CLIENTS = 50;

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

	@Test
	void closeWhenManyDefaultClientsWereUsedShouldCloseEveryConnectionAndLeaveNoThread() throws Exception {
		Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

		for (int i = 0; i < CLIENTS; i++) {
			try (TestApiClient client = TestApiClient.builder("secret-key-1234")
				.baseUrl(this.server.baseUrl())
				.build()) {
				assertThat(client.get("/users/P" + i).json().get("ok").asBoolean()).isTrue();
			}
		}

		assertThat(this.server.awaitAllClosed(CLOSE_LIMIT_MILLIS)).isTrue();
		assertThat(this.server.opened()).isEqualTo(CLIENTS);
		assertThat(this.server.closed()).isEqualTo(CLIENTS);
		assertThat(newThreads(before)).isEmpty();
	}

	@Test
	void closeWhenMutatedCopyStillOpenShouldKeepTheSharedConnectionUntilTheLastClose() throws Exception {
		TestApiClient original = TestApiClient.builder("secret-key-1234").baseUrl(this.server.baseUrl()).build();
		TestApiClient copy = original.mutate().defaultHeader("X-Copy", "1").build();
		original.get("/users/PA");
		copy.get("/users/PB");

		original.close();
		copy.get("/users/PC");

		assertThat(this.server.opened()).isEqualTo(1);
		assertThat(this.server.closed()).isZero();
		assertThatIllegalStateException().isThrownBy(() -> original.get("/users/PD"))
			.withMessage("This TestApiClient is closed");
		copy.close();
		assertThat(this.server.awaitAllClosed(CLOSE_LIMIT_MILLIS)).isTrue();
		assertThat(this.server.closed()).isEqualTo(1);
	}

	@Test
	void mutateWhenTimeoutChangedShouldOpenItsOwnConnections() throws Exception {
		try (TestApiClient original = TestApiClient.builder("secret-key-1234").baseUrl(this.server.baseUrl()).build()) {
			original.get("/users/PA");
			try (TestApiClient copy = original.mutate().timeout(java.time.Duration.ofSeconds(5)).build()) {
				copy.get("/users/PB");
				assertThat(this.server.opened()).isEqualTo(2);
			}
			assertThat(this.server.awaitClosed(1, CLOSE_LIMIT_MILLIS)).isTrue();
			assertThat(original.get("/users/PC").status()).isEqualTo(200);
			assertThat(this.server.opened()).isEqualTo(2);
		}
		assertThat(this.server.awaitAllClosed(CLOSE_LIMIT_MILLIS)).isTrue();
	}

	@Test
	void closeWhenCallerPassedTheRequestFactoryShouldLeaveItOpen() throws Exception {
		try (CloseableHttpClient httpClient = HttpClients.custom().disableRedirectHandling().build()) {
			HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
			TestApiClient first = TestApiClient.builder("secret-key-1234")
				.baseUrl(this.server.baseUrl())
				.requestFactory(factory)
				.build();
			first.get("/users/PA");
			first.close();

			try (TestApiClient second = TestApiClient.builder("secret-key-1234")
				.baseUrl(this.server.baseUrl())
				.requestFactory(factory)
				.build()) {
				assertThat(second.get("/users/PB").status()).isEqualTo(200);
			}
			assertThat(this.server.opened()).isEqualTo(1);
			assertThat(this.server.closed()).isZero();
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
