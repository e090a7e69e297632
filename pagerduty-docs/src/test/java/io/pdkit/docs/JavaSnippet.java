package io.pdkit.docs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ```java} block turned into a compilation unit of its own package. A block that
 * declares a top-level type is compiled as it is; any other block keeps its
 * {@code import} lines and has the rest wrapped in a method. Every line of the generated
 * source is on the same line as in the block, so a diagnostic maps back to the page.
 */
final class JavaSnippet {

	private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
			"^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|abstract|final|static|sealed|non-sealed)\\s+)*"
					+ "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

	private static final Pattern PUBLIC_TYPE = Pattern
		.compile("^(?:@\\w+(?:\\([^)]*\\))?\\s+)*public\\s+(?:(?:abstract|final|sealed|non-sealed)\\s+)*"
				+ "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

	private final Markdown.Block block;

	private final String packageName;

	private final String fileName;

	private final String source;

	JavaSnippet(Markdown.Block block) {
		this.block = block;
		this.packageName = "snippets."
				+ block.page().toString().replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT) + ".line"
				+ block.firstLine();
		String[] lines = block.code().split("\n", -1);
		String declared = declaredType(lines);
		if (declared != null) {
			this.fileName = declared + ".java";
			this.source = asCompilationUnit(lines);
		}
		else {
			this.fileName = "Snippet.java";
			this.source = wrapped(lines);
		}
	}

	Markdown.Block block() {
		return this.block;
	}

	String fileName() {
		return this.fileName;
	}

	String packageName() {
		return this.packageName;
	}

	String source() {
		return this.source;
	}

	/** The page line of a line of the generated source. */
	long pageLine(long sourceLine) {
		return this.block.firstLine() + sourceLine - 1;
	}

	private static String declaredType(String[] lines) {
		String publicType = null;
		String anyType = null;
		for (String line : lines) {
			Matcher publicMatch = PUBLIC_TYPE.matcher(line);
			if (publicMatch.find()) {
				publicType = publicMatch.group(1);
			}
			Matcher anyMatch = TOP_LEVEL_TYPE.matcher(line);
			if (anyMatch.find() && anyType == null) {
				anyType = anyMatch.group(1);
			}
		}
		return publicType != null ? publicType : anyType;
	}

	private String asCompilationUnit(String[] lines) {
		if (String.join("\n", lines).matches("(?s)\\s*package\\s.*")) {
			return String.join("\n", lines);
		}
		return "package " + this.packageName + "; " + String.join("\n", lines);
	}

	private String wrapped(String[] lines) {
		int body = 0;
		while (body < lines.length && (lines[body].isBlank() || lines[body].startsWith("import "))) {
			body++;
		}
		StringBuilder source = new StringBuilder("package ").append(this.packageName).append("; ");
		for (int i = 0; i < lines.length; i++) {
			if (i == body) {
				source.append("class Snippet { void run() throws Exception { ");
			}
			source.append(lines[i]);
			if (i < lines.length - 1) {
				source.append('\n');
			}
		}
		if (body >= lines.length) {
			source.append("class Snippet { void run() throws Exception { ");
		}
		return source.append(" } }\n").toString();
	}

}
