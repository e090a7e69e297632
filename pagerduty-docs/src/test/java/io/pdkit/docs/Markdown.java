package io.pdkit.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown page split into fenced code blocks, headings (as GitHub anchors) and links.
 */
final class Markdown {

	private static final Pattern FENCE = Pattern.compile("^\\s*```+\\s*([\\w+-]*).*$");

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern INLINE_LINK = Pattern
		.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

	private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s*\\[[^\\]]+\\]:\\s*(\\S+)");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");

	/**
	 * A fenced block: its language, the page line of its first code line, and its text.
	 */
	record Block(Path page, String language, int firstLine, String code) {

		@Override
		public String toString() {
			return page + ":" + firstLine;
		}
	}

	/** A link in the page's prose, with its target as written. */
	record Link(Path page, int line, String target) {
	}

	private final Path page;

	private final List<Block> blocks = new ArrayList<>();

	private final List<Link> links = new ArrayList<>();

	private final Set<String> anchors = new LinkedHashSet<>();

	Markdown(Path page, String text) {
		this.page = page;
		parse(text.split("\r?\n", -1));
	}

	static Markdown of(Path page) {
		return new Markdown(page, Repository.read(page));
	}

	List<Block> blocks(String language) {
		return this.blocks.stream().filter(block -> block.language().equals(language)).toList();
	}

	List<Link> links() {
		return this.links;
	}

	Set<String> anchors() {
		return this.anchors;
	}

	private void parse(String[] lines) {
		Map<String, Integer> seen = new HashMap<>();
		String language = null;
		int first = 0;
		int indent = 0;
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			Matcher fence = FENCE.matcher(line);
			if (language != null) {
				if (line.strip().startsWith("```") && line.strip().replace("`", "").isEmpty()) {
					this.blocks.add(new Block(this.page, language, first, code.toString()));
					language = null;
				}
				else {
					code.append(unindented(line, indent)).append('\n');
				}
				continue;
			}
			if (fence.matches()) {
				language = fence.group(1).toLowerCase(java.util.Locale.ROOT);
				first = i + 2;
				indent = line.length() - line.stripLeading().length();
				code.setLength(0);
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String slug = slug(heading.group(2));
				int count = seen.merge(slug, 1, Integer::sum);
				this.anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
			}
			collectLinks(line, i + 1);
		}
	}

	/**
	 * A code line without the indentation of its fence (a block inside a list item), as
	 * CommonMark reads it.
	 */
	private static String unindented(String line, int indent) {
		int spaces = 0;
		while (spaces < indent && spaces < line.length() && line.charAt(spaces) == ' ') {
			spaces++;
		}
		return line.substring(spaces);
	}

	private void collectLinks(String line, int number) {
		String prose = CODE_SPAN.matcher(line).replaceAll("");
		Matcher reference = REFERENCE_LINK.matcher(prose);
		if (reference.find()) {
			this.links.add(new Link(this.page, number, reference.group(1)));
			return;
		}
		Matcher inline = INLINE_LINK.matcher(prose);
		while (inline.find()) {
			this.links.add(new Link(this.page, number, inline.group(1)));
		}
	}

	/**
	 * GitHub's anchor for a heading: lower case, punctuation dropped, spaces become
	 * hyphens.
	 */
	static String slug(String heading) {
		String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
		StringBuilder slug = new StringBuilder();
		text.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
				slug.appendCodePoint(c);
			}
			else if (c == ' ') {
				slug.append('-');
			}
		});
		return slug.toString();
	}

}
