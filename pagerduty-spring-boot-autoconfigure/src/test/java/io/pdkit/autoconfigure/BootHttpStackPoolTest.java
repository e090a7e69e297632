package io.pdkit.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pdkit.rest.RestApiV2Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class BootHttpStackPoolTest {

	private static final int THREADS = 8;

	private final CyclicBarrier allInFlight = new CyclicBarrier(THREADS);

	private final ExecutorService serverThreads = Executors.newFixedThreadPool(THREADS * 2);

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.setExecutor(this.serverThreads);
		this.server.createContext("/", this::answerWhenAllAreInFlight);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	@Test
	void requestsWhenEightThreadsShareTheBootStackShouldAllBeInFlightAtOnce() {
		new ApplicationContextRunner().withConfiguration(PagerDutyTestConfigurations.bootHttp())
			.withConfiguration(PagerDutyTestConfigurations.pagerDuty())
			.withPropertyValues("pagerduty.api-key=u+abcdefgh1234",
					"pagerduty.url=http://127.0.0.1:" + this.server.getAddress().getPort())
			.run(context -> {
				RestApiV2Client client = context.getBean(RestApiV2Client.class);
				ExecutorService callers = Executors.newFixedThreadPool(THREADS);
				try {
					List<Future<Integer>> statuses = new ArrayList<>();
					for (int i = 0; i < THREADS; i++) {
						String path = "/users/P" + i;
						statuses.add(callers.submit(() -> client.get(path).status()));
					}
					List<Integer> seen = new ArrayList<>();
					for (Future<Integer> status : statuses) {
						seen.add(status.get(30, TimeUnit.SECONDS));
					}
					assertThat(seen).containsOnly(200);
				}
				finally {
					callers.shutdownNow();
				}
			});
	}

	private void answerWhenAllAreInFlight(HttpExchange exchange) throws IOException {
		int status;
		try {
			this.allInFlight.await(5, TimeUnit.SECONDS);
			status = 200;
		}
		catch (InterruptedException | BrokenBarrierException | TimeoutException ex) {
			status = 400;
		}
		byte[] body = "{\"user\":{\"id\":\"PX\"}}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
