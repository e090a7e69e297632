package io.pdkit.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDeliveriesTest {

	private final MutableClock clock = new MutableClock();

	@Test
	void markIfNewWhenSameIdWithinWindowShouldReportDuplicate() {
		RecentDeliveries deliveries = new RecentDeliveries(Duration.ofMinutes(10), 100, this.clock);

		assertThat(deliveries.markIfNew(List.of("event:E1", "delivery:D1"))).isTrue();
		assertThat(deliveries.markIfNew(List.of("event:E1", "delivery:D1"))).isFalse();
		assertThat(deliveries.markIfNew(List.of("event:E2", "delivery:D1"))).isFalse();
		assertThat(deliveries.markIfNew(List.of("event:E1", "delivery:D2"))).isFalse();
		assertThat(deliveries.markIfNew(List.of("event:E3", "delivery:D3"))).isTrue();
	}

	@Test
	void markIfNewWhenWindowPassedShouldAcceptIdAgain() {
		RecentDeliveries deliveries = new RecentDeliveries(Duration.ofMinutes(10), 100, this.clock);
		deliveries.markIfNew(List.of("delivery:D1"));

		this.clock.advance(Duration.ofMinutes(9));
		assertThat(deliveries.markIfNew(List.of("delivery:D1"))).isFalse();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(deliveries.markIfNew(List.of("delivery:D1"))).isTrue();
	}

	@Test
	void markIfNewWhenOverCapacityShouldForgetOldestFirst() {
		RecentDeliveries deliveries = new RecentDeliveries(Duration.ofHours(1), 3, this.clock);
		for (String id : List.of("a", "b", "c", "d")) {
			deliveries.markIfNew(List.of(id));
		}

		assertThat(deliveries.size()).isEqualTo(3);
		assertThat(deliveries.markIfNew(List.of("b"))).isFalse();
		assertThat(deliveries.markIfNew(List.of("a"))).isTrue();
	}

	@Test
	void markIfNewWhenCapacityOrWindowZeroShouldTreatEveryDeliveryAsNew() {
		RecentDeliveries noCapacity = new RecentDeliveries(Duration.ofHours(1), 0, this.clock);
		RecentDeliveries noWindow = new RecentDeliveries(Duration.ZERO, 10, this.clock);

		assertThat(noCapacity.markIfNew(List.of("a"))).isTrue();
		assertThat(noCapacity.markIfNew(List.of("a"))).isTrue();
		assertThat(noWindow.markIfNew(List.of("a"))).isTrue();
		assertThat(noWindow.markIfNew(List.of("a"))).isTrue();
		assertThat(noWindow.size()).isZero();
	}

	@Test
	void forgetShouldLetTheDeliveryThroughAgain() {
		RecentDeliveries deliveries = new RecentDeliveries(Duration.ofHours(1), 10, this.clock);
		deliveries.markIfNew(List.of("event:E1", "delivery:D1"));

		deliveries.forget(List.of("event:E1", "delivery:D1"));

		assertThat(deliveries.markIfNew(List.of("event:E1", "delivery:D1"))).isTrue();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
