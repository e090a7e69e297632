package io.pdkit.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.pdkit.core.HttpClientType;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The static PagerDuty stub that {@code scripts/bench.sh} serves with nginx, and the raw
 * {@code RestClient} + Jackson baseline built on the same HTTP stack as pdkit's default.
 */
final class Stub {

	static final String API_KEY = "u+benchmarkkey0001";

	static final String ROUTING_KEY = "R0UT1NGKEY0000000000000000000abc";

	static final String ACCEPT = "application/vnd.pagerduty+json;version=2";

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Stub() {
	}

	static String baseUrl() {
		return System.getProperty("pdkit.bench.url", "http://127.0.0.1:8089");
	}

	/**
	 * A raw client on the same stack as pdkit's default of that type, and the resource to
	 * close with it.
	 */
	static RawClient raw(HttpClientType type) {
		if (type == HttpClientType.JDK) {
			java.net.http.HttpClient httpClient = java.net.http.HttpClient.newBuilder()
				.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
				.connectTimeout(java.time.Duration.ofSeconds(10))
				.build();
			JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
			factory.setReadTimeout(java.time.Duration.ofSeconds(60));
			return new RawClient(RestClient.builder().requestFactory(factory).build(), () -> {
			});
		}
		var httpClient = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(64)
				.setMaxConnPerRoute(64)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(10))
					.setSocketTimeout(Timeout.ofSeconds(60))
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(60, TimeUnit.SECONDS).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.build();
		ClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
		return new RawClient(RestClient.builder().requestFactory(factory).build(), httpClient::close);
	}

	/**
	 * A hand-written client: one {@code RestClient}, the PagerDuty headers, and Jackson
	 * reading the body bytes.
	 */
	record RawClient(RestClient restClient, AutoCloseable closer) implements AutoCloseable {

		JsonNode get(String pathAndQuery) {
			return this.restClient.get()
				.uri(URI.create(baseUrl() + pathAndQuery))
				.header(HttpHeaders.AUTHORIZATION, "Token token=" + API_KEY)
				.header(HttpHeaders.ACCEPT, ACCEPT)
				.exchange((request, response) -> MAPPER.readTree(response.getBody()), true);
		}

		JsonNode post(String path, byte[] body) {
			return this.restClient.post()
				.uri(URI.create(baseUrl() + path))
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.header(HttpHeaders.ACCEPT, "application/json")
				.body(body)
				.exchange((request, response) -> MAPPER.readTree(response.getBody()), true);
		}

		@Override
		public void close() throws Exception {
			this.closer.close();
		}

	}

}
