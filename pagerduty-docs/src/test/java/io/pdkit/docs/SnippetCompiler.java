package io.pdkit.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippets in one {@link JavaCompiler} task against this JVM's class path and
 * sorts errors by snippet.
 */
final class SnippetCompiler {

	private SnippetCompiler() {
	}

	/**
	 * The errors of each snippet, as {@code page:line: message}; a snippet that compiles
	 * has none.
	 */
	static Map<JavaSnippet, List<String>> compile(List<JavaSnippet> snippets) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IllegalStateException("no system Java compiler: run the build on a JDK, not a JRE");
		}
		Map<JavaFileObject, JavaSnippet> bySource = new IdentityHashMap<>();
		for (JavaSnippet snippet : snippets) {
			bySource.put(new Source(snippet), snippet);
		}
		Map<JavaSnippet, List<String>> errors = new IdentityHashMap<>();
		snippets.forEach(snippet -> errors.put(snippet, new ArrayList<>()));
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			Path output = Files.createTempDirectory("pdkit-snippets");
			List<String> options = List.of("-d", output.toString(), "-classpath", System.getProperty("java.class.path"),
					"-proc:none", "-implicit:none", "-Xmaxerrs", "100000", "-XDshould-stop.ifError=FLOW", "--release",
					"17");
			StringWriter out = new StringWriter();
			compiler.getTask(out, files, diagnostics, options, null, bySource.keySet()).call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
				continue;
			}
			JavaSnippet snippet = bySource.get(diagnostic.getSource());
			String message = diagnostic.getMessage(Locale.ROOT);
			if (snippet == null) {
				throw new IllegalStateException("compiler error outside the snippets: " + message);
			}
			errors.get(snippet)
				.add(snippet.block().page() + ":" + snippet.pageLine(diagnostic.getLineNumber()) + ": " + message);
		}
		return errors;
	}

	private static final class Source extends SimpleJavaFileObject {

		private final JavaSnippet snippet;

		Source(JavaSnippet snippet) {
			super(URI.create("string:///" + snippet.packageName().replace('.', '/') + "/" + snippet.fileName()),
					Kind.SOURCE);
			this.snippet = snippet;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.snippet.source();
		}

	}

}
