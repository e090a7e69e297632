package io.pdkit.core;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

	private static final int THREADS = 16;

	private static final int REQUESTS = 2_000;

	@Test
	void oneClientSharedBySixteenThreadsShouldSendEveryRequestWithItsOwnHeadersAndQuery() throws Exception {
		try (MockWebServer server = new MockWebServer()) {
			server.setDispatcher(new EchoDispatcher());
			server.start(InetAddress.getLoopbackAddress(), 0);
			TestApiClient client = TestApiClient.builder("abcdefgh1234")
				.baseUrl("http://127.0.0.1:" + server.getPort())
				.build();
			AtomicInteger mismatches = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				String tag = "t" + i;
				futures.add(pool.submit(() -> {
					ApiResponse response = client.get("/users/" + tag,
							RequestOptions.builder().queryParam("tag", tag).header("X-Tag", tag).build());
					if (response.status() != 200
							|| !response.text().equals(tag + "|" + tag + "|/users/" + tag + "?tag=" + tag)) {
						mismatches.incrementAndGet();
					}
				}));
			}
			int errors = 0;
			for (Future<?> future : futures) {
				try {
					future.get();
				}
				catch (Exception ex) {
					errors++;
				}
			}
			pool.shutdown();
			client.close();

			assertThat(errors).isZero();
			assertThat(mismatches.get()).isZero();
			assertThat(server.getRequestCount()).isEqualTo(REQUESTS);
		}
	}

	static final class EchoDispatcher extends Dispatcher {

		@Override
		public MockResponse dispatch(RecordedRequest request) {
			String header = request.getHeaders().get("X-Tag");
			String query = request.getUrl().queryParameter("tag");
			return new MockResponse.Builder().code(200).body(header + "|" + query + "|" + request.getTarget()).build();
		}

	}

}
