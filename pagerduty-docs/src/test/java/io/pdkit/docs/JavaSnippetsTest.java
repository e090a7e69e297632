package io.pdkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles against
 * the published modules. Pages listed in {@code docs/.pending-snippets} (pages that this
 * branch may not edit yet) are compiled and their errors reported, but do not fail the
 * build; such a page must leave the list once its snippets compile.
 */
class JavaSnippetsTest {

	static final String PENDING = "docs/.pending-snippets";

	private static Map<JavaSnippet, List<String>> errors;

	private static List<JavaSnippet> snippets;

	@BeforeAll
	static void compileAll() {
		snippets = Repository.pages()
			.stream()
			.flatMap(page -> Markdown.of(page).blocks("java").stream())
			.map(JavaSnippet::new)
			.toList();
		errors = SnippetCompiler.compile(snippets);
	}

	@TestFactory
	Stream<DynamicTest> javaBlockWhenCompiledShouldHaveNoErrors() {
		List<String> pending = Repository.allowList(PENDING);
		return snippets.stream()
			.filter(snippet -> !pending.contains(snippet.block().page().toString()))
			.map(snippet -> DynamicTest.dynamicTest(snippet.block().toString(),
					() -> assertThat(errors.get(snippet)).as("%s does not compile", snippet.block()).isEmpty()));
	}

	@Test
	void pendingPageWhenItsSnippetsCompileShouldLeaveTheList() {
		for (String page : Repository.allowList(PENDING)) {
			List<String> pageErrors = snippets.stream()
				.filter(snippet -> snippet.block().page().equals(Path.of(page)))
				.flatMap(snippet -> errors.get(snippet).stream())
				.toList();
			System.out.printf("%s is pending: %d compiler errors (not failing), the first: %s%n", page,
					pageErrors.size(), pageErrors.stream().limit(3).toList());
			assertThat(pageErrors).as("every snippet of %s compiles now: remove it from %s", page, PENDING)
				.isNotEmpty();
		}
	}

	@Test
	void snippetsWhenCountedShouldIncludeEveryDocsPage() {
		assertThat(snippets).extracting(snippet -> snippet.block().page().toString())
			.contains("docs/rest.md", "docs/events.md", "docs/oauth.md", "docs/integrations.md", "docs/webhooks.md");
	}

}
