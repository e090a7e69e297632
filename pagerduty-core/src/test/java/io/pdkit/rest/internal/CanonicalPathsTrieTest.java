package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.core.internal.ResourceLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalPathsTrieTest {

	static Stream<String> dataSets() {
		return Stream.of("io/pdkit/rest/", "io/pdkit/integrations/slack/", "io/pdkit/integrations/slack-connections/",
				"io/pdkit/integrations/ms-teams/", "io/pdkit/integrations/jira-cloud/",
				"io/pdkit/integrations/jira-server/", "io/pdkit/integrations/scim/", "io/pdkit/integrations/mcp/");
	}

	@ParameterizedTest
	@MethodSource("dataSets")
	void matchWhenAnyPathDerivedFromTheDataShouldAnswerAsTheScanningMatcher(String folder) {
		List<String> patterns = ResourceLines.read(folder + "canonical-paths.txt");
		CanonicalPaths trie = new CanonicalPaths(patterns);
		ScanningMatcher reference = new ScanningMatcher(patterns);
		Set<String> paths = candidatePaths(patterns);

		int ambiguousOrNone = 0;
		for (String path : paths) {
			String expected = reference.answer(path);
			assertThat(answer(trie, path)).as(path).isEqualTo(expected);
			assertThat(trie.matchOrNull(path)).as(path)
				.isEqualTo(expected.startsWith("none") || expected.startsWith("ambiguous") ? null : expected);
			if (expected.startsWith("none") || expected.startsWith("ambiguous")) {
				ambiguousOrNone++;
			}
		}
		assertThat(paths).hasSizeGreaterThan(patterns.size() * 3);
		assertThat(ambiguousOrNone).isPositive();
	}

	private static String answer(CanonicalPaths trie, String path) {
		try {
			return trie.match(path, path);
		}
		catch (PagerDutyUrlException ex) {
			String message = ex.getMessage();
			if (message.contains("does not match any")) {
				return "none";
			}
			return "ambiguous: " + message.substring(message.indexOf("equally well: ") + "equally well: ".length());
		}
	}

	private static Set<String> candidatePaths(List<String> patterns) {
		Set<String> literals = new LinkedHashSet<>();
		for (String pattern : patterns) {
			for (String node : pattern.split("/")) {
				if (!node.isEmpty() && !node.startsWith("{")) {
					literals.add(node);
				}
			}
		}
		Set<String> paths = new LinkedHashSet<>();
		for (String pattern : patterns) {
			paths.add(pattern);
			paths.add(pattern + "/");
			paths.add(pattern.replaceAll("\\{[^}]*\\}", "PX1"));
			paths.add(pattern.replaceAll("\\{[^}]*\\}", "PX1") + "/extra");
			paths.add(pattern.replaceAll("\\{[^}]*\\}", ""));
			String[] nodes = pattern.split("/", -1);
			for (int i = 1; i < nodes.length; i++) {
				for (String replacement : List.of("PX2", literalsAt(literals, i))) {
					List<String> changed = new ArrayList<>(List.of(nodes));
					changed.set(i, replacement);
					paths.add(String.join("/", changed).replaceAll("\\{[^}]*\\}", "PX3"));
				}
			}
		}
		for (String literal : literals) {
			paths.add("/" + literal);
			paths.add("/" + literal + "/PX4");
			paths.add("/" + literal + "/PX4/" + literal);
			paths.add("/PX5/PX4/" + literal);
		}
		paths.add("/");
		paths.add("");
		paths.add("users");
		return paths;
	}

	private static String literalsAt(Set<String> literals, int seed) {
		List<String> all = new ArrayList<>(literals);
		return all.get((seed * 31) % all.size());
	}

}
