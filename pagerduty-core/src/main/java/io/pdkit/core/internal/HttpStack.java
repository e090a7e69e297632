package io.pdkit.core.internal;

import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient} a pdkit client sends with. By default that is a JDK {@link HttpClient} that
 * never follows redirects, with the configured timeouts and proxy, owned (and closed) by the client. When
 * the caller passes a {@link RestClient.Builder} or {@link ClientHttpRequestFactory}, that stack is used as
 * it is, after checking that it cannot follow redirects where its type allows to tell.
 *
 * @param restClient the client to send with
 * @param owned the resources the pdkit client must release on close, or {@code null}
 */
public record HttpStack(RestClient restClient, @Nullable AutoCloseable owned) {

    /**
     * Creates the stack.
     * @param callerBuilder the caller's builder (cloned, never changed), or {@code null}
     * @param callerFactory the caller's request factory, or {@code null}
     * @param connectTimeout connect timeout for the default stack
     * @param readTimeout read timeout for the default stack
     * @param proxy proxy for the default stack, or {@code null}
     * @return the stack
     */
    public static HttpStack create(RestClient.@Nullable Builder callerBuilder,
            @Nullable ClientHttpRequestFactory callerFactory, Duration connectTimeout, Duration readTimeout,
            @Nullable InetSocketAddress proxy) {
        if (callerFactory != null) {
            requireNoRedirects(callerFactory);
        }
        RestClient.Builder builder = (callerBuilder != null) ? callerBuilder.clone() : RestClient.builder();
        if (callerFactory != null) {
            return new HttpStack(builder.requestFactory(callerFactory).build(), null);
        }
        if (callerBuilder != null) {
            return new HttpStack(builder.build(), null);
        }
        HttpClient.Builder httpClientBuilder = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout);
        if (proxy != null) {
            httpClientBuilder.proxy(ProxySelector.of(proxy));
        }
        HttpClient httpClient = httpClientBuilder.build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient);
        factory.setReadTimeout(readTimeout);
        AutoCloseable owned = (httpClient instanceof AutoCloseable closeable) ? closeable : null;
        return new HttpStack(builder.requestFactory(factory).build(), owned);
    }

    private static void requireNoRedirects(ClientHttpRequestFactory factory) {
        if (factory instanceof SimpleClientHttpRequestFactory) {
            throw new IllegalArgumentException("requestFactory: SimpleClientHttpRequestFactory always follows redirects "
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
