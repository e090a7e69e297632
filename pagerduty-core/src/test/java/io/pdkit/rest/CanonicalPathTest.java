package io.pdkit.rest;

import java.util.List;

import io.pdkit.core.PagerDutyUrlException;
import io.pdkit.rest.internal.CanonicalPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalPathTest {

	private final RestApiV2Client client = new RestApiV2Client("secret-key-1234");

	@AfterEach
	void close() {
		this.client.close();
	}

	@ParameterizedTest
	@CsvSource({ "/services/POOPBUG, /services/{id}", "https://api.pagerduty.com/users?x=1, /users", "users, /users",
			"/users/me, /users/me", "/services/POOPBUG/change_tags, /{entity_type}/{id}/change_tags",
			"/users/, /users/{id}", "/services/PX/rules/convert, /services/{id}/rules/convert",
			"/services/PX/rules/PRULE, /services/{id}/rules/{rule_id}",
			"/event_orchestrations/PX/integrations/migration, /event_orchestrations/{id}/integrations/migration",
			"/incidents/count, /incidents/count", "/tags/PT/users, /tags/{id}/users",
			"/enrichment/schemas/PS/records, /enrichment/schemas/{schema_id}/records", })
	void canonicalPathWhenUrlKnownShouldReturnMostSpecificPattern(String url, String expected) {
		assertThat(this.client.canonicalPath(url)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "/users/PABC/", "/nonexistent/path", "https://api.pagerduty.com.evil.example/users" })
	void canonicalPathWhenUrlUnknownShouldRaiseUrlError(String url) {
		assertThatThrownBy(() -> this.client.canonicalPath(url)).isInstanceOf(PagerDutyUrlException.class);
	}

	@Test
	void matchWhenTwoPatternsAreEquallySpecificShouldRaiseAmbiguity() {
		CanonicalPaths paths = new CanonicalPaths(List.of("/a/{id}/c", "/a/b/{x}", "/{t}/{id}/{u}"));

		assertThat(paths.match("/a/PX/c", "/a/PX/c")).isEqualTo("/a/{id}/c");
		assertThatThrownBy(() -> paths.match("/a/b/c", "/a/b/c")).isInstanceOf(PagerDutyUrlException.class)
			.hasMessage("URL /a/b/c matches more than one canonical path pattern equally well: /a/b/{x}, /a/{id}/c");
		assertThat(paths.matchOrNull("/a/b/c")).isNull();
	}

}
