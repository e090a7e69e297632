package io.pdkit.autoconfigure;

import java.net.InetSocketAddress;

import io.pdkit.core.ApiClient;
import io.pdkit.core.HttpClientType;
import io.pdkit.core.PdkitHttpStack;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;

/**
 * Without Boot's HTTP client module: hands every client one request factory that opens
 * pdkit's default stack (pooled Apache HttpClient 5, with the
 * {@code pagerduty.timeout}/{@code connect-timeout}/{@code proxy} settings) on the first
 * request, and closes it with the application context.
 */
final class StandaloneHttpStack implements PagerDutyHttpStack, DisposableBean {

	private @Nullable LazyRequestFactory factory;

	private @Nullable PdkitHttpStack stack;

	@Override
	public void apply(ApiClient.Builder<?, ?> builder, PagerDutyProperties properties) {
		builder.requestFactory(factory(properties));
	}

	private synchronized LazyRequestFactory factory(PagerDutyProperties properties) {
		LazyRequestFactory current = this.factory;
		if (current == null) {
			current = new LazyRequestFactory(() -> open(properties).requestFactory(), created -> closeStack());
			this.factory = current;
		}
		return current;
	}

	private synchronized PdkitHttpStack open(PagerDutyProperties properties) {
		PagerDutyProperties.Proxy proxy = properties.getProxy();
		String host = proxy.getHost();
		Integer port = proxy.getPort();
		InetSocketAddress address = (host != null && port != null) ? InetSocketAddress.createUnresolved(host, port)
				: null;
		PdkitHttpStack open = PdkitHttpStack.open(HttpClientType.APACHE, properties.getConnectTimeout(),
				properties.getTimeout(), address);
		this.stack = open;
		return open;
	}

	private synchronized void closeStack() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	synchronized boolean isOpen() {
		return this.factory != null && this.factory.isOpen();
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
