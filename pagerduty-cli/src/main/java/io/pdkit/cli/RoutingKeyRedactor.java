package io.pdkit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.pdkit.core.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * Masks every routing key the command was given (by {@code -k}, {@code --routing-key} or
 * the environment) in text printed to the user, whatever produced that text.
 */
final class RoutingKeyRedactor {

	private final List<String> keys;

	private RoutingKeyRedactor(List<String> keys) {
		this.keys = keys;
	}

	static RoutingKeyRedactor of(String[] args, CliEnvironment environment) {
		List<String> keys = new ArrayList<>();
		add(keys, environment.env().get(CliEnvironment.ROUTING_KEY_VARIABLE));
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ((arg.equals("-k") || arg.equals("--routing-key")) && i + 1 < args.length) {
				add(keys, args[i + 1]);
			}
			else if (arg.startsWith("--routing-key=")) {
				add(keys, arg.substring("--routing-key=".length()));
			}
			else if (arg.startsWith("-k") && arg.length() > 2) {
				add(keys, arg.substring(arg.startsWith("-k=") ? 3 : 2));
			}
		}
		keys.sort(Comparator.comparingInt(String::length).reversed());
		return new RoutingKeyRedactor(List.copyOf(keys));
	}

	private static void add(List<String> keys, @Nullable String key) {
		if (key != null && key.trim().length() >= 4) {
			keys.add(key.trim());
		}
	}

	String redact(String text) {
		String result = text;
		for (String key : this.keys) {
			result = result.replace(key, Secrets.mask(key));
		}
		return result;
	}

}
