package io.pdkit.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.lettuce.core.RedisClient;
import io.pdkit.autoconfigure.testsupport.RedisServer;
import io.pdkit.core.RetrySettings;
import io.pdkit.core.ratelimit.Bucket4jRateLimiter;
import io.pdkit.core.ratelimit.InMemoryRateLimiter;
import io.pdkit.core.ratelimit.RateLimit;
import io.pdkit.core.ratelimit.RateLimiter;
import io.pdkit.core.ratelimit.RateLimits;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.PagerDutySimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Instances of one application against one simulator: each with its own HTTP connections
 * and, when shared, its own Redis connection. Each HTTP client is built like pdkit's
 * default stack (no automatic retries, no redirects): Spring's default Apache client
 * would retry every 429 itself after a real second, hiding it from the counts and the
 * limiter.
 */
final class Fleet implements AutoCloseable {

	static final String API_KEY = "fleet-secret-key-zzyy";

	static final int LIMIT_PER_SECOND = 10;

	static final RateLimits LIMITS = new RateLimits(
			Map.of("rest", RateLimit.of(LIMIT_PER_SECOND, Duration.ofSeconds(1)).withBurst(2)));

	private final VirtualTime time;

	private final PagerDutySimulator simulator;

	private final List<RedisClient> redisClients = new ArrayList<>();

	private final List<RestApiV2Client> clients = new ArrayList<>();

	private final List<CloseableHttpClient> httpClients = new ArrayList<>();

	private final AtomicInteger answered429 = new AtomicInteger();

	private final AtomicInteger sent = new AtomicInteger();

	Fleet(VirtualTime time, PagerDutySimulator simulator) {
		this.time = time;
		this.simulator = simulator;
	}

	static PagerDutySimulator simulator(VirtualTime time) {
		return PagerDutySimulator.builder()
			.apiKey(API_KEY)
			.clock(time)
			.rateLimit(LIMIT_PER_SECOND, Duration.ofSeconds(1))
			.start();
	}

	RestApiV2Client instance(@Nullable RedisServer redis) {
		RateLimiter limiter = null;
		if (redis != null) {
			RedisClient redisClient = RedisClient.create(redis.uri());
			this.redisClients.add(redisClient);
			LettuceBuckets buckets = new LettuceBuckets(() -> redisClient, Duration.ofMillis(500), this.time);
			limiter = new Bucket4jRateLimiter(buckets, LIMITS, new InMemoryRateLimiter(LIMITS, this.time), this.time);
		}
		RetrySettings retries = (limiter != null) ? RetrySettings.defaults()
				: RetrySettings.defaults().withMaxElapsed(Duration.ofMillis(1));
		CloseableHttpClient httpClient = HttpClients.custom()
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.build();
		this.httpClients.add(httpClient);
		RestApiV2Client client = RestApiV2Client.builder(API_KEY)
			.baseUrl(this.simulator.restBaseUrl())
			.restClientBuilder(RestClient.builder()
				.requestFactory(new HttpComponentsClientHttpRequestFactory(httpClient))
				.requestInterceptor(this::count))
			.clock(this.time)
			.sleeper(this.time)
			.retrySettings(retries)
			.rateLimiter(limiter)
			.build();
		this.clients.add(client);
		return client;
	}

	private ClientHttpResponse count(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		this.sent.incrementAndGet();
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() == 429) {
			this.answered429.incrementAndGet();
		}
		return response;
	}

	/**
	 * Returns and resets the HTTP requests sent and the 429 answers received, retried
	 * attempts included.
	 * @return {@code [sent, 429s]}
	 */
	int[] takeCounts() {
		return new int[] { this.sent.getAndSet(0), this.answered429.getAndSet(0) };
	}

	/**
	 * Sends {@code count} requests, one every {@code interval} of virtual time, taking
	 * turns among the clients.
	 */
	static void drive(VirtualTime time, List<RestApiV2Client> clients, int count, Duration interval) {
		for (int i = 0; i < count; i++) {
			time.advance(interval);
			int status = clients.get(i % clients.size()).get("/abilities").status();
			if (status != 200 && status != 429) {
				throw new AssertionError("unexpected status " + status);
			}
		}
	}

	@Override
	public void close() {
		this.clients.forEach(RestApiV2Client::close);
		for (CloseableHttpClient httpClient : this.httpClients) {
			try {
				httpClient.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.redisClients.forEach(RedisClient::shutdown);
	}

}
