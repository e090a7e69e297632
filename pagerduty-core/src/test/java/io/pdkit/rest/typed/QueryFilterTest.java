package io.pdkit.rest.typed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.pdkit.rest.model.Incident;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryFilterTest {

	@Test
	void statusesWhenCalledShouldReturnNewFilterAndLeaveTheOriginalUnchanged() {
		IncidentFilter base = IncidentFilter.create().serviceIds("PSVC1");

		IncidentFilter narrowed = base.statuses(Incident.Status.TRIGGERED).since(Instant.parse("2026-03-01T00:00:00Z"));

		assertThat(base.toQuery()).isEqualTo(Map.of("service_ids", List.of("PSVC1")));
		assertThat(narrowed.toQuery()).containsExactly(Map.entry("service_ids", List.of("PSVC1")),
				Map.entry("statuses", List.of("triggered")), Map.entry("since", "2026-03-01T00:00:00Z"));
		assertThat(narrowed).isNotEqualTo(base)
			.isEqualTo(base.statuses(Incident.Status.TRIGGERED).since(Instant.parse("2026-03-01T00:00:00Z")));
	}

	@Test
	void statusesWhenGivenUnknownShouldRefuse() {
		assertThatThrownBy(() -> IncidentFilter.create().statuses(Incident.Status.UNKNOWN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("statuses cannot filter on UNKNOWN");
	}

	@Test
	void serviceIdsWhenGivenBlankShouldRefuse() {
		assertThatThrownBy(() -> IncidentFilter.create().serviceIds("PSVC1", " "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("service_ids must not contain a blank value");
	}

	@Test
	void paramWhenGivenNullShouldRemoveTheParameter() {
		UserFilter filter = UserFilter.create().query("ann").param("query", null).param("time_zone", "UTC");

		assertThat(filter.toQuery()).isEqualTo(Map.of("time_zone", "UTC"));
		assertThat(filter).hasToString("UserFilter{time_zone=UTC}");
	}

	@Test
	void toQueryWhenModifiedShouldRefuse() {
		assertThatThrownBy(() -> TeamFilter.create().toQuery().put("query", "x"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

}
