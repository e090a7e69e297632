package io.pdkit.autoconfigure;

import java.net.InetSocketAddress;
import java.net.ProxySelector;

import io.pdkit.core.ApiClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds each client's HTTP stack from Boot's: the application's {@code RestClient.Builder} (so
 * {@code RestClientCustomizer}s and the {@code http.client.requests} observation apply) and its request-factory
 * builder and {@code HttpClientSettings} (so SSL bundles apply), with redirects turned off and the
 * {@code pagerduty.timeout}/{@code connect-timeout}/{@code proxy} settings.
 */
final class BootRestClientHttpStack implements PagerDutyHttpStack {

    private final ObjectProvider<RestClient.Builder> restClientBuilders;

    private final ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilders;

    private final ObjectProvider<HttpClientSettings> settings;

    BootRestClientHttpStack(ObjectProvider<RestClient.Builder> restClientBuilders,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> factoryBuilders, ObjectProvider<HttpClientSettings> settings) {
        this.restClientBuilders = restClientBuilders;
        this.factoryBuilders = factoryBuilders;
        this.settings = settings;
    }

    @Override
    public void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties) {
        HttpClientSettings clientSettings = this.settings.getIfAvailable(HttpClientSettings::defaults)
            .withRedirects(HttpRedirects.DONT_FOLLOW)
            .withTimeouts(properties.getConnectTimeout(), properties.getTimeout());
        ClientHttpRequestFactory factory = factoryBuilder(properties).build(clientSettings);
        RestClient.Builder restClientBuilder = this.restClientBuilders.getIfAvailable(RestClient::builder);
        builder.restClientBuilder(restClientBuilder.requestFactory(factory));
    }

    private ClientHttpRequestFactoryBuilder<?> factoryBuilder(PagerDutyProperties properties) {
        PagerDutyProperties.Proxy proxy = properties.getProxy();
        if (proxy.getHost() != null && proxy.getPort() != null) {
            InetSocketAddress address = InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort());
            return ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(httpClient -> httpClient.proxy(ProxySelector.of(address)));
        }
        return this.factoryBuilders.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
    }

}
