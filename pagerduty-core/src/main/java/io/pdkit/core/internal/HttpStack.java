package io.pdkit.core.internal;

import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

import io.pdkit.core.HttpClientType;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP settings of a client, and the {@link Transport} they open on the first
 * request. By default that is a pooled Apache HttpClient 5 (classic) that never follows
 * redirects and never retries on its own, with the configured timeouts and proxy, owned
 * (and closed) by the client; {@link HttpClientType#JDK} selects the JDK
 * {@link HttpClient} instead. When the caller passes a {@link ClientHttpRequestFactory},
 * or a {@link RestClient.Builder} that has one, that stack is used as it is, after
 * checking that it cannot follow redirects where its type allows to tell; a caller's
 * builder without a request factory keeps its settings (interceptors, converters, default
 * headers) and sends through the default stack. Two equal settings may share one
 * transport.
 *
 * @param type the HTTP client of the default stack
 * @param callerBuilder the caller's builder (cloned, never changed), or {@code null}
 * @param callerFactory the caller's request factory, or {@code null}
 * @param connectTimeout connect timeout for the default stack
 * @param readTimeout read timeout for the default stack
 * @param proxy proxy for the default stack, or {@code null}
 */
public record HttpStack(HttpClientType type, RestClient.@Nullable Builder callerBuilder,
		@Nullable ClientHttpRequestFactory callerFactory, Duration connectTimeout, Duration readTimeout,
		@Nullable InetSocketAddress proxy) {

	private static final int MAX_CONNECTIONS = 64;

	/**
	 * Returns a transport with these settings, used by one client until it releases it.
	 * The HTTP stack itself is created by the first request; a caller's factory is
	 * checked now.
	 * @return the transport
	 * @throws IllegalArgumentException if the caller's factory follows redirects
	 */
	public Transport open() {
		if (this.callerFactory != null) {
			requireNoRedirects(this.callerFactory);
		}
		ClientHttpRequestFactory builderFactory = (this.callerBuilder != null)
				? CallerBuilders.requestFactory(this.callerBuilder) : null;
		if (builderFactory != null) {
			requireNoRedirects(builderFactory);
		}
		return new Transport(this, (this.callerBuilder != null) ? this.callerBuilder.clone() : null);
	}

	/**
	 * Tells whether opening creates (and closing releases) pdkit's own stack: no caller's
	 * factory, and no caller's builder or one known to have no request factory.
	 * @param callerSnapshot the clone of the caller's builder, or {@code null}
	 * @return {@code true} if the stack is pdkit's
	 */
	boolean createsOwnStack(RestClient.@Nullable Builder callerSnapshot) {
		return this.callerFactory == null
				&& (callerSnapshot == null || CallerBuilders.hasNoRequestFactory(callerSnapshot));
	}

	Transport.OpenStack create(RestClient.@Nullable Builder callerSnapshot) {
		RestClient.Builder builder = (callerSnapshot != null) ? callerSnapshot : RestClient.builder();
		if (this.callerFactory != null) {
			return new Transport.OpenStack(builder.requestFactory(this.callerFactory).build(), this.callerFactory,
					null);
		}
		if (!createsOwnStack(callerSnapshot)) {
			return new Transport.OpenStack(builder.build(), null, null);
		}
		if (this.type == HttpClientType.JDK) {
			return openJdk(builder);
		}
		CloseableHttpClient httpClient = apacheClient();
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(httpClient);
		return new Transport.OpenStack(builder.requestFactory(factory).build(), factory, httpClient);
	}

	private CloseableHttpClient apacheClient() {
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setTlsSocketStrategy(new LazyTlsStrategy())
			.setMaxConnTotal(MAX_CONNECTIONS)
			.setMaxConnPerRoute(MAX_CONNECTIONS)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(this.connectTimeout))
				.setSocketTimeout(Timeout.of(this.readTimeout))
				.build())
			.build();
		var httpClient = HttpClients.custom()
			.setConnectionManager(connections)
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(this.readTimeout)).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement();
		if (this.proxy != null) {
			httpClient.setProxy(new HttpHost(this.proxy.getHostString(), this.proxy.getPort()));
		}
		return httpClient.build();
	}

	private Transport.OpenStack openJdk(RestClient.Builder builder) {
		HttpClient.Builder httpClientBuilder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(this.connectTimeout);
		if (this.proxy != null) {
			httpClientBuilder.proxy(ProxySelector.of(this.proxy));
		}
		HttpClient httpClient = httpClientBuilder.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
		factory.setReadTimeout(this.readTimeout);
		AutoCloseable owned = (httpClient instanceof AutoCloseable closeable) ? closeable : null;
		return new Transport.OpenStack(builder.requestFactory(factory).build(), factory, owned);
	}

	private static void requireNoRedirects(ClientHttpRequestFactory factory) {
		if (factory instanceof SimpleClientHttpRequestFactory) {
			throw new IllegalArgumentException(
					"requestFactory: SimpleClientHttpRequestFactory always follows redirects "
							+ "of GET requests, which PagerDuty clients must never do; use a JdkClientHttpRequestFactory on an "
							+ "HttpClient built with HttpClient.Redirect.NEVER");
		}
		if (factory instanceof JdkClientHttpRequestFactory jdk) {
			HttpClient httpClient = jdkHttpClient(jdk);
			if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
				throw new IllegalArgumentException("requestFactory: its HttpClient follows redirects ("
						+ httpClient.followRedirects() + "); build it with HttpClient.Redirect.NEVER");
			}
		}
	}

	private static @Nullable HttpClient jdkHttpClient(JdkClientHttpRequestFactory factory) {
		try {
			Field field = JdkClientHttpRequestFactory.class.getDeclaredField("httpClient");
			field.setAccessible(true);
			return (HttpClient) field.get(factory);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
