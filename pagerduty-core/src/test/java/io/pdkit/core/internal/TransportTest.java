package io.pdkit.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.pdkit.core.HttpClientType;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TransportTest {

	private static final HttpStack DEFAULT = new HttpStack(HttpClientType.APACHE, null, null, Duration.ofSeconds(10),
			Duration.ofSeconds(60), null);

	@Test
	void openShouldCreateNothingUntilTheRestClientIsAskedFor() {
		Transport transport = DEFAULT.open();

		assertThat(transport.isOpen()).isFalse();
		assertThat(transport.ownsResources()).isTrue();
		transport.restClient();
		assertThat(transport.isOpen()).isTrue();
		transport.release();
	}

	@Test
	void ownsResourcesWhenCallerBuilderHasNoFactoryShouldBeTrueAndWithOneFalse() {
		Transport withoutFactory = stackWith(RestClient.builder()).open();
		ClientHttpRequestFactory callers = (uri, method) -> {
			throw new IllegalStateException("not sent in this test");
		};
		Transport withFactory = stackWith(RestClient.builder().requestFactory(callers)).open();

		assertThat(withoutFactory.ownsResources()).isTrue();
		assertThat(withFactory.ownsResources()).isFalse();
		withoutFactory.release();
		withFactory.release();
	}

	private static HttpStack stackWith(RestClient.Builder builder) {
		return new HttpStack(HttpClientType.APACHE, builder, null, Duration.ofSeconds(10), Duration.ofSeconds(60),
				null);
	}

	@Test
	void restClientWhenSixteenThreadsAskAtOnceShouldCreateOneStack() throws Exception {
		Transport transport = DEFAULT.open();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<RestClient>> clients = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			clients.add(pool.submit(() -> {
				go.await();
				return transport.restClient();
			}));
		}

		go.countDown();
		Map<RestClient, Boolean> distinct = new IdentityHashMap<>();
		for (Future<RestClient> client : clients) {
			distinct.put(client.get(30, TimeUnit.SECONDS), true);
		}
		pool.shutdown();
		transport.release();

		assertThat(distinct).hasSize(1);
	}

	@Test
	void releaseWhenNeverUsedShouldCreateNothingAndRefuseToOpenAfterwards() {
		Transport transport = DEFAULT.open();

		transport.release();

		assertThat(transport.isOpen()).isFalse();
		assertThat(transport.users()).isZero();
		assertThatIllegalStateException().isThrownBy(transport::restClient)
			.withMessage("The HTTP stack of this client is closed");
	}

	@Test
	void retainForWhenSharedShouldKeepTheStackOpenUntilTheLastRelease() {
		Transport transport = DEFAULT.open();
		assertThat(transport.retainFor(DEFAULT)).isTrue();
		RestClient first = transport.restClient();

		transport.release();

		assertThat(transport.restClient()).isSameAs(first);
		transport.release();
		assertThat(transport.retainFor(DEFAULT)).isFalse();
	}

}
