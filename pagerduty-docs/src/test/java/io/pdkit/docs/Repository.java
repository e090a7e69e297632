package io.pdkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository checked out around this module, and the documentation pages in it. */
final class Repository {

	private Repository() {
	}

	static Path root() {
		String property = System.getProperty("pdkit.root");
		Path root = property != null ? Path.of(property) : Path.of("..");
		return root.toAbsolutePath().normalize();
	}

	/** {@code README.md} and every {@code docs/*.md}, as paths relative to the root. */
	static List<Path> pages() {
		Path root = root();
		List<Path> pages = new ArrayList<>();
		pages.add(Path.of("README.md"));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter(path -> path.getFileName().toString().endsWith(".md"))
				.map(root::relativize)
				.sorted()
				.forEach(pages::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

	static String read(Path relative) {
		try {
			return Files.readString(root().resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Non-blank lines of an allow-list file under the root, without comments (from a
	 * {@code #} at the start or after a space); empty if it is absent.
	 */
	static List<String> allowList(String relative) {
		Path file = root().resolve(relative);
		if (!Files.exists(file)) {
			return List.of();
		}
		try (Stream<String> lines = Files.lines(file)) {
			return lines.map(line -> line.replaceFirst("(^|\\s)#.*", "").strip())
				.filter(line -> !line.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
