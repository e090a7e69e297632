package io.pdkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * Every relative link of {@code README.md} and {@code docs/*.md} names an existing file,
 * and its {@code #anchor} a heading of that page. {@code docs/.pending-links} lists, as
 * {@code page target} lines, links to pages that arrive with a later merge; an entry that
 * resolves (or no longer exists) must be removed.
 */
class LinksTest {

	static final String PENDING = "docs/.pending-links";

	private final Map<Path, Markdown> parsed = new ConcurrentHashMap<>();

	@Test
	void relativeLinkWhenFollowedShouldReachAFileAndHeading() {
		List<String> pending = Repository.allowList(PENDING);
		List<String> broken = new ArrayList<>();
		for (Markdown.Link link : allLinks()) {
			String problem = problem(link);
			if (problem != null && !pending.contains(link.page() + " " + link.target())) {
				broken.add(link.page() + ":" + link.line() + ": " + link.target() + " (" + problem + ")");
			}
		}
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void pendingLinkWhenItResolvesShouldLeaveTheList() {
		List<String> stale = new ArrayList<>();
		for (String entry : Repository.allowList(PENDING)) {
			boolean stillBroken = allLinks().stream()
				.anyMatch(link -> (link.page() + " " + link.target()).equals(entry) && problem(link) != null);
			if (!stillBroken) {
				stale.add(entry);
			}
		}
		assertThat(stale).as("entries of %s that resolve or are gone: remove them", PENDING).isEmpty();
	}

	@Test
	void slugWhenHeadingHasCodeAndPunctuationShouldFollowGitHub() {
		assertThat(Markdown.slug("Basic requests: raw, `j*` and `r*` methods"))
			.isEqualTo("basic-requests-raw-j-and-r-methods");
		assertThat(Markdown.slug("Try it without a PagerDuty account: `PagerDutySimulator`"))
			.isEqualTo("try-it-without-a-pagerduty-account-pagerdutysimulator");
	}

	private List<Markdown.Link> allLinks() {
		return Repository.pages().stream().flatMap(page -> markdown(page).links().stream()).toList();
	}

	private Markdown markdown(Path page) {
		return this.parsed.computeIfAbsent(page, Markdown::of);
	}

	private String problem(Markdown.Link link) {
		String target = link.target();
		if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
			return null;
		}
		int hash = target.indexOf('#');
		String file = hash >= 0 ? target.substring(0, hash) : target;
		String anchor = hash >= 0 ? target.substring(hash + 1) : null;
		Path root = Repository.root();
		Path resolved = file.isEmpty() ? link.page()
				: root.relativize(root.resolve(link.page()).getParent().resolve(file).normalize());
		if (resolved.startsWith("..") || !Files.exists(root.resolve(resolved))) {
			return "no such file";
		}
		if (anchor != null && !anchor.isEmpty()) {
			if (!resolved.toString().endsWith(".md")) {
				return "anchor into a file that is not markdown";
			}
			if (!markdown(resolved).anchors().contains(anchor)) {
				return "no heading with anchor #" + anchor + " in " + resolved;
			}
		}
		return null;
	}

}
