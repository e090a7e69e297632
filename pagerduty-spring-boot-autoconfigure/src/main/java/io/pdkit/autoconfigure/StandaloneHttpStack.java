package io.pdkit.autoconfigure;

import java.net.InetSocketAddress;

import io.pdkit.core.ApiClient;
import io.pdkit.core.HttpClientType;
import io.pdkit.core.PdkitHttpStack;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Without Boot's HTTP client module: opens pdkit's default stack (pooled Apache HttpClient 5) once, with the
 * {@code pagerduty.timeout}/{@code connect-timeout}/{@code proxy} settings, hands it to every client, and closes
 * it with the application context.
 */
final class StandaloneHttpStack implements PagerDutyHttpStack, DisposableBean {

    private @Nullable PdkitHttpStack stack;

    @Override
    public void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties) {
        builder.requestFactory(stack(properties).requestFactory());
    }

    private synchronized PdkitHttpStack stack(PagerDutyProperties properties) {
        PdkitHttpStack open = this.stack;
        if (open == null) {
            PagerDutyProperties.Proxy proxy = properties.getProxy();
            String host = proxy.getHost();
            Integer port = proxy.getPort();
            InetSocketAddress address = (host != null && port != null) ? InetSocketAddress.createUnresolved(host, port)
                    : null;
            open = PdkitHttpStack.open(HttpClientType.APACHE, properties.getConnectTimeout(), properties.getTimeout(),
                    address);
            this.stack = open;
        }
        return open;
    }

    @Override
    public synchronized void destroy() {
        if (this.stack != null) {
            this.stack.close();
        }
    }

}
