package io.pdkit.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP server bound to 127.0.0.1, serving every path with one handler on daemon
 * threads.
 *
 * <p>
 * Unless the JVM already sets it, {@code sun.net.httpserver.nodelay} is turned on before
 * the first server is created: without {@code TCP_NODELAY}, Nagle's algorithm and delayed
 * ACKs add about 40 ms to every loopback request.
 */
public final class LoopbackHttpServer implements AutoCloseable {

	private static final String NODELAY = "sun.net.httpserver.nodelay";

	private static final AtomicInteger THREADS = new AtomicInteger();

	static {
		if (System.getProperty(NODELAY) == null) {
			System.setProperty(NODELAY, "true");
		}
	}

	private final HttpServer server;

	private final ExecutorService executor;

	private boolean started;

	private LoopbackHttpServer(HttpServer server) {
		this.server = server;
		this.executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "pagerduty-simulator-" + THREADS.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Binds 127.0.0.1 on {@code port} (0 picks a free one) without serving yet.
	 * @throws UncheckedIOException when the port cannot be bound
	 */
	public static LoopbackHttpServer bind(int port) {
		try {
			return new LoopbackHttpServer(
					HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot bind 127.0.0.1:" + port, e);
		}
	}

	/** The bound port. */
	public int port() {
		return server.getAddress().getPort();
	}

	/** {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** Starts serving every request with {@code handler}. */
	public synchronized void start(HttpHandler handler) {
		if (started) {
			throw new IllegalStateException("Already started");
		}
		server.createContext("/", handler);
		server.setExecutor(executor);
		server.start();
		started = true;
	}

	/** Stops at once and releases the port. */
	@Override
	public synchronized void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
