package io.pdkit.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the generated data files on the class path: one entry per line, {@code #} starts
 * a comment line.
 */
public final class ResourceLines {

	private ResourceLines() {
	}

	/**
	 * Reads the non-blank, non-comment lines of a class path resource.
	 * @param resource the resource name, for example
	 * {@code io/pdkit/rest/canonical-paths.txt}
	 * @return the lines
	 * @throws IllegalStateException if the resource is missing
	 */
	public static List<String> read(String resource) {
		InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing class path resource " + resource);
		}
		return lines(resource, in);
	}

	/**
	 * Reads the non-blank, non-comment lines of a class path resource that may be absent.
	 * @param resource the resource name
	 * @return the lines, empty if the resource is missing
	 */
	public static List<String> readIfPresent(String resource) {
		InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource);
		return (in != null) ? lines(resource, in) : List.of();
	}

	private static List<String> lines(String resource, InputStream in) {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read class path resource " + resource, ex);
		}
		return List.copyOf(lines);
	}

}
