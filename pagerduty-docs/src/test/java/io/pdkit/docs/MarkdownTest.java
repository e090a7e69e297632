package io.pdkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MarkdownTest {

	private static final String PAGE = String.join("\n", "# Title",
			"See [REST](rest.md#errors) and `[not a link](nowhere.md)`.", "## Errors", "## Errors", "```java",
			"import java.util.List;", "", "List<String> names = List.of(\"a\");", "int broken = names;", "```",
			"```yaml", "key: [x](ignored.md)", "```", "[ref]: other.md#top");

	private final Markdown markdown = new Markdown(Path.of("docs/page.md"), PAGE);

	@Test
	void blocksWhenParsedShouldKeepLanguageAndFirstCodeLine() {
		assertThat(markdown.blocks("java")).singleElement()
			.satisfies(block -> assertThat(block.firstLine()).isEqualTo(6));
		assertThat(markdown.blocks("yaml")).hasSize(1);
	}

	@Test
	void blockWhenInsideAListItemShouldLoseTheFenceIndentation() {
		Markdown item = new Markdown(Path.of("docs/list.md"), String.join("\n", "- A step:", "", "  ```java",
				"  import java.util.List;", "", "    int x = 1;", "  ```"));

		assertThat(item.blocks("java")).singleElement()
			.satisfies(block -> assertThat(block.code()).isEqualTo("import java.util.List;\n\n  int x = 1;\n"));
	}

	@Test
	void linksWhenParsedShouldSkipCodeSpansAndBlocks() {
		assertThat(markdown.links()).extracting(Markdown.Link::target)
			.containsExactly("rest.md#errors", "other.md#top");
		assertThat(markdown.links()).extracting(Markdown.Link::line).containsExactly(2, 14);
	}

	@Test
	void anchorsWhenHeadingsRepeatShouldBeNumberedAsOnGitHub() {
		assertThat(markdown.anchors()).containsExactly("title", "errors", "errors-1");
	}

	@Test
	void snippetWhenItDoesNotCompileShouldNameThePageLine() {
		JavaSnippet snippet = new JavaSnippet(markdown.blocks("java").get(0));
		Map<JavaSnippet, List<String>> errors = SnippetCompiler.compile(List.of(snippet));
		assertThat(errors.get(snippet)).singleElement().asString().startsWith("docs/page.md:9: incompatible types");
	}

	@Test
	void snippetWhenItDeclaresATypeShouldBeCompiledAsItIs() {
		Markdown page = new Markdown(Path.of("docs/page.md"),
				"```java\nimport java.util.List;\n\npublic record Team(List<String> members) {\n}\n```\n");
		JavaSnippet snippet = new JavaSnippet(page.blocks("java").get(0));
		assertThat(snippet.fileName()).isEqualTo("Team.java");
		assertThat(SnippetCompiler.compile(List.of(snippet)).get(snippet)).isEmpty();
	}

}
