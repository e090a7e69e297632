package io.pdkit.core;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetrySettingsValidationTest {

	@Test
	void withStatusWhenRetriesIsMinusTwoShouldRefuseNamingTheStatus() {
		assertThatThrownBy(() -> RetrySettings.defaults().withStatus(500, -2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("statuses: retries for status 500 must be -1 (unlimited), 0 (default handling) or a positive "
					+ "count, was -2");
	}

	@Test
	void withStatusWhenRetriesIsMinusHundredFor429ShouldRefuse() {
		assertThatThrownBy(() -> RetrySettings.defaults().withStatus(429, -100))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageEndingWith("retries for status 429 must be -1 (unlimited), 0 (default handling) or a positive "
					+ "count, was -100");
	}

	@Test
	void withStatusesWhenOneBudgetIsBelowMinusOneShouldRefuseAndKeepTheOriginal() {
		RetrySettings settings = RetrySettings.defaults().withStatus(502, 2);

		assertThatThrownBy(() -> settings.withStatuses(Map.of(503, 1, 504, -5)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("retries for status 504")
			.hasMessageEndingWith("was -5");
		assertThat(settings.statuses()).containsExactly(Map.entry(502, 2));
	}

	@Test
	void withStatusWhenRetriesIsMinusOneZeroOrPositiveShouldAccept() {
		RetrySettings settings = RetrySettings.defaults()
			.withStatus(500, -1)
			.withStatus(502, 0)
			.withStatus(503, 1)
			.withStatuses(Map.of(504, 7));

		assertThat(settings.statuses()).containsExactly(Map.entry(500, -1), Map.entry(502, 0), Map.entry(503, 1),
				Map.entry(504, 7));
	}

}
