package io.pdkit.core.internal;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * The default TLS strategy of Apache HttpClient 5, created on the first TLS connection
 * rather than with the client: building a client (and a Spring context that builds
 * several) does not pay for loading the trust store.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

	private volatile @Nullable TlsSocketStrategy delegate;

	@Override
	public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
			throws IOException {
		return delegate().upgrade(socket, target, port, attachment, context);
	}

	private TlsSocketStrategy delegate() {
		TlsSocketStrategy current = this.delegate;
		if (current == null) {
			synchronized (this) {
				current = this.delegate;
				if (current == null) {
					current = DefaultClientTlsStrategy.createDefault();
					this.delegate = current;
				}
			}
		}
		return current;
	}

}
