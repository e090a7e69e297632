package io.pdkit.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.Supplier;

import io.pdkit.core.Sleeper;
import org.jspecify.annotations.Nullable;

/**
 * What the command reads from and writes to the world: environment variables, standard
 * output and error, how it waits between retries and the local host name. Tests pass
 * their own.
 *
 * @param env the environment variables
 * @param out standard output
 * @param err standard error
 * @param sleeper how retries wait
 * @param hostName supplies the local host name for the default source
 */
record CliEnvironment(Map<String, String> env, PrintStream out, PrintStream err, Sleeper sleeper,
		Supplier<String> hostName) {

	/** The environment variable the routing key may come from. */
	static final String ROUTING_KEY_VARIABLE = "PAGERDUTY_ROUTING_KEY";

	static CliEnvironment of(Map<String, String> env, PrintStream out, PrintStream err) {
		return new CliEnvironment(Map.copyOf(env), out, err, Sleeper.system(), () -> localHostName(env));
	}

	@Nullable String routingKey() {
		String key = this.env.get(ROUTING_KEY_VARIABLE);
		return (key != null && !key.isBlank()) ? key.trim() : null;
	}

	String defaultSource() {
		return "pagerduty.cli on " + this.hostName.get();
	}

	private static String localHostName(Map<String, String> env) {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String fromEnv = env.getOrDefault("HOSTNAME", env.get("COMPUTERNAME"));
			return (fromEnv != null && !fromEnv.isBlank()) ? fromEnv : "localhost";
		}
	}

}
