package io.pdkit.autoconfigure.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@code redis-server} (the Debian package's binary, found on the {@code PATH}
 * or in the usual directories) on a free loopback port for a test class and stops it
 * afterwards; test methods and lifecycle methods receive it as a {@link RedisServer}
 * parameter. Without the binary the class is skipped with an assumption that says why,
 * never passed silently.
 *
 * <pre>{@code
 * &#64;ExtendWith(RedisServerExtension.class)
 * class SharedStoreTest {
 *

&#64;Test
 *     void storeShouldShareIds(RedisServer redis) { ... redis.port() ... }
 * }
 * }</pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(RedisServerExtension.class);

	static final String MISSING = "redis-server not found on the PATH or in /usr/bin, /usr/sbin, /usr/local/bin: "
			+ "the Redis tests need it (Debian: apt-get install -y redis-server; .ci/run installs it)";

	private final Supplier<Optional<Path>> binaries;

	/**
	 * Creates the extension that looks for {@code redis-server} on the {@code PATH} and
	 * in the usual directories.
	 */
	public RedisServerExtension() {
		this(RedisServerExtension::findBinary);
	}

	RedisServerExtension(Supplier<Optional<Path>> binaries) {
		this.binaries = binaries;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		Optional<Path> binary = this.binaries.get();
		Assumptions.assumeTrue(binary.isPresent(), MISSING);
		context.getStore(NAMESPACE).put(RedisServer.class, RedisServer.start(binary.get()));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RedisServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		RedisServer server = context.getStore(NAMESPACE).get(RedisServer.class, RedisServer.class);
		if (server == null) {
			throw new IllegalStateException(
					"RedisServerExtension starts its server in beforeAll; register it on the class");
		}
		return server;
	}

	static Optional<Path> findBinary() {
		List<String> directories = new ArrayList<>();
		String path = System.getenv("PATH");
		if (path != null) {
			directories.addAll(List.of(path.split(File.pathSeparator)));
		}
		directories.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
		return directories.stream()
			.filter(directory -> !directory.isBlank())
			.map(directory -> Path.of(directory, "redis-server"))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
