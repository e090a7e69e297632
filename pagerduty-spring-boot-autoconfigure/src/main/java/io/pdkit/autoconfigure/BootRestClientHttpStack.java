package io.pdkit.autoconfigure;

import java.util.function.Supplier;

import io.pdkit.core.ApiClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds ONE HTTP stack from Boot's and hands it to every PagerDuty client: the
 * application's {@code RestClient.Builder} (see {@link BootRestClientBuilders};
 * {@code RestClientCustomizer}s and the {@code http.client.requests} observation apply)
 * and its request-factory builder and {@code HttpClientSettings} (so SSL bundles apply),
 * with redirects turned off, no automatic retries of Apache HttpClient's own, a pool of
 * 64 connections (Apache's default of 5 per host would hold back clients used from many
 * threads), and the {@code pagerduty.timeout}/ {@code connect-timeout}/{@code proxy}
 * settings. The request factory (connection pool, TLS set-up) is created by the first
 * request of any client, not while the context starts, and closed with the application
 * context.
 */
final class BootRestClientHttpStack implements PagerDutyHttpStack, DisposableBean {

	private static final int MAX_CONNECTIONS = 64;

	private final Supplier<RestClient.Builder> restClientBuilder;

	private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilders;

	private final ObjectProvider<HttpClientSettings> settings;

	private RestClient.@Nullable Builder shared;

	private @Nullable LazyRequestFactory factory;

	BootRestClientHttpStack(Supplier<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilders,
			ObjectProvider<HttpClientSettings> settings) {
		this.restClientBuilder = restClientBuilder;
		this.factoryBuilders = factoryBuilders;
		this.settings = settings;
	}

	@Override
	public void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties) {
		builder.restClientBuilder(shared(properties));
	}

	private synchronized RestClient.Builder shared(PagerDutyProperties properties) {
		if (this.shared == null) {
			this.factory = new LazyRequestFactory(() -> createFactory(properties), BootRestClientHttpStack::close);
			this.shared = this.restClientBuilder.get().requestFactory(this.factory);
		}
		return this.shared;
	}

	private ClientHttpRequestFactory createFactory(PagerDutyProperties properties) {
		HttpClientSettings clientSettings = this.settings.getIfAvailable(HttpClientSettings::defaults)
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withTimeouts(properties.getConnectTimeout(), properties.getTimeout());
		return factoryBuilder(properties).build(clientSettings);
	}

	private ClientHttpRequestFactoryBuilder<?> factoryBuilder(PagerDutyProperties properties) {
		PagerDutyProperties.Proxy proxy = properties.getProxy();
		boolean proxied = proxy.getHost() != null && proxy.getPort() != null;
		ClientHttpRequestFactoryBuilder<?> chosen = this.factoryBuilders
			.getIfAvailable(ClientHttpRequestFactoryBuilder::httpComponents);
		if (proxied && !(chosen instanceof HttpComponentsClientHttpRequestFactoryBuilder)) {
			chosen = ClientHttpRequestFactoryBuilder.httpComponents();
		}
		if (chosen instanceof HttpComponentsClientHttpRequestFactoryBuilder apache) {
			return apache.withHttpClientCustomizer(httpClient -> customize(httpClient, proxied ? proxy : null))
				.withConnectionManagerCustomizer(BootRestClientHttpStack::customize);
		}
		return chosen;
	}

	private static void customize(HttpClientBuilder httpClient, PagerDutyProperties.@Nullable Proxy proxy) {
		httpClient.disableAutomaticRetries();
		String host = (proxy != null) ? proxy.getHost() : null;
		Integer port = (proxy != null) ? proxy.getPort() : null;
		if (host != null && port != null) {
			httpClient.setProxy(new HttpHost(host, port));
		}
	}

	private static void customize(PoolingHttpClientConnectionManagerBuilder connections) {
		connections.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS);
	}

	private static void close(ClientHttpRequestFactory factory) throws Exception {
		if (factory instanceof DisposableBean disposable) {
			disposable.destroy();
		}
		else if (factory instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	boolean isOpen() {
		LazyRequestFactory current;
		synchronized (this) {
			current = this.factory;
		}
		return current != null && current.isOpen();
	}

	@Override
	public void destroy() throws Exception {
		LazyRequestFactory current;
		synchronized (this) {
			current = this.factory;
		}
		if (current != null) {
			current.close();
		}
	}

}
