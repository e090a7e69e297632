package io.pdkit.autoconfigure.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * A {@code redis-server} process on a free loopback port, without persistence, for one
 * test class.
 */
public final class RedisServer implements AutoCloseable {

	private static final long START_SECONDS = 20;

	private final Process process;

	private final int port;

	private final List<String> output = new ArrayList<>();

	private RedisServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static RedisServer start(Path binary) throws IOException, InterruptedException {
		int port = freePort();
		Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--daemonize", "no")
			.redirectErrorStream(true)
			.start();
		RedisServer server = new RedisServer(process, port);
		server.awaitReady();
		return server;
	}

	private void awaitReady() throws InterruptedException, IOException {
		CompletableFuture<Void> ready = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					synchronized (this.output) {
						this.output.add(line);
					}
					if (line.contains("Ready to accept connections")) {
						ready.complete(null);
					}
				}
			}
			catch (IOException ex) {
				ready.completeExceptionally(ex);
			}
			ready.completeExceptionally(new IOException("redis-server exited: " + output()));
		}, "redis-server-" + this.port);
		reader.setDaemon(true);
		reader.start();
		try {
			ready.get(START_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			this.process.destroyForcibly();
			throw new IOException("redis-server did not start on port " + this.port + ": " + output(), ex);
		}
	}

	private String output() {
		synchronized (this.output) {
			return String.join(" | ", this.output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Returns the loopback port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the server's URI for Lettuce.
	 * @return {@code redis://127.0.0.1:<port>}
	 */
	public String uri() {
		return "redis://127.0.0.1:" + this.port;
	}

	/**
	 * Returns whether the process still runs.
	 * @return {@code true} until {@link #stop()}
	 */
	public boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * Lists every key stored, through a connection of its own.
	 * @return the keys
	 */
	public List<String> keys() {
		RedisClient client = RedisClient.create(uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return connection.sync().keys("*");
		}
		finally {
			client.shutdown();
		}
	}

	/**
	 * Removes every key.
	 */
	public void flushAll() {
		RedisClient client = RedisClient.create(uri());
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().flushall();
		}
		finally {
			client.shutdown();
		}
	}

	/**
	 * Stops the process (for tests of an outage).
	 * @throws InterruptedException if interrupted while waiting for the exit
	 */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
