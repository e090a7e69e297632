package io.pdkit.autoconfigure;

import java.net.InetSocketAddress;
import java.util.Objects;

import io.pdkit.core.ApiClient;
import io.pdkit.core.HttpClientType;
import io.pdkit.core.internal.HttpStack;
import io.pdkit.core.internal.Transport;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Without Boot's HTTP client module: opens pdkit's default stack (pooled Apache HttpClient 5) once, with the
 * {@code pagerduty.timeout}/{@code connect-timeout}/{@code proxy} settings, hands it to every client, and closes
 * it with the application context.
 */
final class StandaloneHttpStack implements PagerDutyHttpStack, DisposableBean {

    private @Nullable Transport transport;

    @Override
    public void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties) {
        builder.requestFactory(Objects.requireNonNull(transport(properties).requestFactory()));
    }

    private synchronized Transport transport(PagerDutyProperties properties) {
        if (this.transport == null) {
            PagerDutyProperties.Proxy proxy = properties.getProxy();
            InetSocketAddress address = (proxy.getHost() != null && proxy.getPort() != null)
                    ? InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort()) : null;
            this.transport = new HttpStack(HttpClientType.APACHE, null, null, properties.getConnectTimeout(),
                    properties.getTimeout(), address).open();
        }
        return this.transport;
    }

    @Override
    public synchronized void destroy() {
        if (this.transport != null) {
            this.transport.release();
        }
    }

}
