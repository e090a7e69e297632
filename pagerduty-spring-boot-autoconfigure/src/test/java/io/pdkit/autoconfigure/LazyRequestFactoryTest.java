package io.pdkit.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LazyRequestFactoryTest {

	private static final URI URL = URI.create("http://127.0.0.1:9/users");

	private final AtomicInteger opened = new AtomicInteger();

	private final List<ClientHttpRequestFactory> closed = new ArrayList<>();

	private final LazyRequestFactory factory = new LazyRequestFactory(() -> {
		this.opened.incrementAndGet();
		return new SimpleClientHttpRequestFactory();
	}, this.closed::add);

	@Test
	void closeWhenNoRequestWasCreatedShouldOpenAndCloseNothing() throws Exception {
		this.factory.close();

		assertThat(this.opened).hasValue(0);
		assertThat(this.closed).isEmpty();
		assertThat(this.factory.isOpen()).isFalse();
	}

	@Test
	void createRequestWhenSixteenThreadsAskAtOnceShouldOpenOneFactoryThatCloseReleases() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<ClientHttpRequest>> requests = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			requests.add(pool.submit(() -> {
				go.await();
				return this.factory.createRequest(URL, HttpMethod.GET);
			}));
		}

		go.countDown();
		for (Future<ClientHttpRequest> request : requests) {
			assertThat(request.get(30, TimeUnit.SECONDS).getURI()).isEqualTo(URL);
		}
		pool.shutdown();
		this.factory.close();

		assertThat(this.opened).hasValue(1);
		assertThat(this.closed).hasSize(1).first().isInstanceOf(SimpleClientHttpRequestFactory.class);
	}

	@Test
	void createRequestWhenClosedShouldRefuseToOpen() throws Exception {
		this.factory.close();

		assertThatIllegalStateException().isThrownBy(() -> this.factory.createRequest(URL, HttpMethod.GET))
			.withMessage("The PagerDuty HTTP stack is closed");
		assertThat(this.opened).hasValue(0);
	}

}
