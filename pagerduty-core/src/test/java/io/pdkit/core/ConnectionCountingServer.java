package io.pdkit.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive HTTP/1.1 server on loopback that answers every request with
 * {@code {"ok":true}} and counts the connections its clients opened and closed. Its
 * threads are named {@code counting-server-*}.
 */
final class ConnectionCountingServer implements AutoCloseable {

	static final String THREAD_PREFIX = "counting-server-";

	private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
			+ "Content-Length: 11\r\n\r\n{\"ok\":true}")
		.getBytes(StandardCharsets.US_ASCII);

	private final ServerSocket socket;

	private final AtomicInteger threads = new AtomicInteger();

	private final ExecutorService workers = Executors
		.newCachedThreadPool(task -> new Thread(task, THREAD_PREFIX + this.threads.incrementAndGet()));

	private final AtomicInteger opened = new AtomicInteger();

	private final AtomicInteger closed = new AtomicInteger();

	private final Object lock = new Object();

	ConnectionCountingServer() throws IOException {
		this.socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		this.workers.execute(this::acceptLoop);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort();
	}

	int opened() {
		return this.opened.get();
	}

	int closed() {
		return this.closed.get();
	}

	/**
	 * Waits until the clients have closed every connection they opened; false after the
	 * limit.
	 */
	boolean awaitAllClosed(long limitMillis) throws InterruptedException {
		return awaitClosed(-1, limitMillis);
	}

	/**
	 * Waits until the clients have closed this many connections (-1: all they opened);
	 * false after the limit.
	 */
	boolean awaitClosed(int count, long limitMillis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
		synchronized (this.lock) {
			while (this.closed.get() < ((count < 0) ? this.opened.get() : count)) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					return false;
				}
				this.lock.wait(left);
			}
		}
		return true;
	}

	private void acceptLoop() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.opened.incrementAndGet();
				this.workers.execute(() -> serve(connection));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = connection.getOutputStream();
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isEmpty()) {
					out.write(RESPONSE);
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
		finally {
			synchronized (this.lock) {
				this.closed.incrementAndGet();
				this.lock.notifyAll();
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		this.workers.shutdownNow();
	}

}
