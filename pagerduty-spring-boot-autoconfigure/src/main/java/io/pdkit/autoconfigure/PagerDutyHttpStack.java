package io.pdkit.autoconfigure;

import io.pdkit.core.ApiClient;

/**
 * Puts the HTTP stack (timeouts, proxy, SSL, observations) on a client builder.
 */
@FunctionalInterface
interface PagerDutyHttpStack {

    void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties);

    static PagerDutyHttpStack standalone() {
        return (builder, properties) -> {
            builder.timeout(properties.getTimeout()).connectTimeout(properties.getConnectTimeout());
            PagerDutyProperties.Proxy proxy = properties.getProxy();
            if (proxy.getHost() != null && proxy.getPort() != null) {
                builder.proxy(proxy.getHost(), proxy.getPort());
            }
        };
    }

}
