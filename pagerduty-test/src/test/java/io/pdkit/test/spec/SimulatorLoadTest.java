package io.pdkit.test.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.pdkit.test.PagerDutySimulator;

/** Start-up time, and 10,000 mixed requests from 8 threads answered without an error. */
class SimulatorLoadTest {

	private static final int THREADS = 8;

	private static final int REQUESTS = 10_000;

	@Test
	void startWhenBuiltShouldListenWithinASecond() {
		long started = System.nanoTime();
		try (PagerDutySimulator sim = PagerDutySimulator.builder().start()) {
			Duration startUp = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("Simulator start-up: %d ms%n", startUp.toMillis());

			assertThat(sim.isRunning()).isTrue();
			assertThat(startUp).isLessThan(Duration.ofSeconds(1));
		}
	}

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void mixedLoadWhenEightThreadsSendTenThousandRequestsShouldAnswerEveryOneWithoutError() throws Exception {
		try (PagerDutySimulator sim = PagerDutySimulator.builder()
			.rateLimit(1_000_000, Duration.ofMinutes(1))
			.start()) {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			String serviceId = sendOk(http, get(sim, "/services")).replaceAll("(?s).*?\"id\":\"(P[A-Z0-9]{6})\".*",
					"$1");
			AtomicInteger next = new AtomicInteger();
			List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
			long started = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
						HttpRequest request = mixed(sim, serviceId, i);
						try {
							HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() >= 300) {
								errors.add(request.method() + " " + request.uri().getPath() + " -> "
										+ response.statusCode() + " " + response.body());
							}
						}
						catch (Exception e) {
							errors.add(request.method() + " " + request.uri().getPath() + " -> " + e);
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			pool.shutdown();
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("Mixed load: %d requests from %d threads in %d ms, %d errors%n", REQUESTS, THREADS,
					elapsed.toMillis(), errors.size());

			assertThat(errors).isEmpty();
		}
	}

	private static HttpRequest mixed(PagerDutySimulator sim, String serviceId, int i) {
		return switch (i % 5) {
			case 0 -> get(sim, "/users?limit=5");
			case 1 -> get(sim, "/incidents?statuses[]=triggered");
			case 2 -> post(sim.eventsBaseUrl() + "/v2/enqueue",
					"{\"routing_key\":\"" + sim.routingKey() + "\",\"event_action\":\"trigger\",\"dedup_key\":\"load-"
							+ (i % 50) + "\",\"payload\":" + "{\"summary\":\"Load " + i
							+ "\",\"source\":\"load\",\"severity\":\"error\"}}",
					null);
			case 3 -> get(sim, "/business_services/P" + String.format("%06d", i % 100));
			default -> post(sim.restBaseUrl() + "/business_services",
					"{\"business_service\":{\"name\":\"Load " + i + "\"}}", sim.apiKey());
		};
	}

	private static HttpRequest get(PagerDutySimulator sim, String path) {
		return HttpRequest.newBuilder(URI.create(sim.restBaseUrl() + path))
			.header("Authorization", "Token token=" + sim.apiKey())
			.header("Accept", "application/vnd.pagerduty+json;version=2")
			.GET()
			.build();
	}

	private static HttpRequest post(String url, String body, String apiKey) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null) {
			builder.header("Authorization", "Token token=" + apiKey);
		}
		return builder.build();
	}

	private static String sendOk(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
