package io.pdkit.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PagerDutyRuntimeHintsTest {

	private final RuntimeHints hints = new RuntimeHints();

	@Test
	void registerHintsShouldCoverPdkitDataFilesAndTheReflectiveField() throws Exception {
		new PagerDutyRuntimeHints().registerHints(this.hints, getClass().getClassLoader());

		assertThat(RuntimeHintsPredicates.resource().forResource("io/pdkit/rest/canonical-paths.txt"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("io/pdkit/rest/entity-wrappers.tsv"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("io/pdkit/integrations/jira-server/cursor-paths.txt"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("io/pdkit/core/internal/pdkit.properties"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/spring-configuration-metadata.json"))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onFieldAccess(JdkClientHttpRequestFactory.class.getDeclaredField("httpClient"))).accepts(this.hints);
		assertThat(getClass().getClassLoader().getResource("io/pdkit/rest/canonical-paths.txt")).isNotNull();
	}

}
