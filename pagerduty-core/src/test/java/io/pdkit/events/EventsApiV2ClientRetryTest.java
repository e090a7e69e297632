package io.pdkit.events;

import java.time.Duration;
import java.util.Map;

import io.pdkit.core.PagerDutyServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The retry preset of the Events API, reproducing worked examples #20–#22 of the
 * behaviour reference.
 */
class EventsApiV2ClientRetryTest {

	private final EventsStub stub = new EventsStub();

	@AfterEach
	void close() {
		this.stub.close();
	}

	@Test
	void triggerWhen500FiveTimesShouldSendThreeRequestsSleepThreeAndSixThenRaiseServerException() {
		this.stub.respondTimes(500, 5);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(500))
			.withMessageContaining(
					"API responded with server error (status 500) in submitting an event to the events API");
		assertThat(this.stub.server.getRequestCount()).isEqualTo(3);
		assertThat(this.stub.sleepSeconds()).containsExactly(3.0, 6.0);
	}

	@Test
	void triggerWhen503TenTimesShouldSendSevenRequestsWithSixDoublingSleeps() {
		this.stub.respondTimes(503, 10);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(503));
		assertThat(this.stub.server.getRequestCount()).isEqualTo(7);
		assertThat(this.stub.sleepSeconds()).containsExactly(3.0, 6.0, 12.0, 24.0, 48.0, 96.0);
	}

	@Test
	void triggerWhen500Then500Then202ShouldReturnTheDedupKeyAfterTwoSleeps() {
		this.stub.respondTimes(500, 2).accept("after-retries");
		assertThat(this.stub.client().trigger("Disk full", "db01")).isEqualTo("after-retries");
		assertThat(this.stub.server.getRequestCount()).isEqualTo(3);
		assertThat(this.stub.sleepSeconds()).containsExactly(3.0, 6.0);
	}

	@Test
	void retriedRequestsWhenSentAgainShouldCarryTheSameBodyAndRoutingKey() {
		this.stub.respondTimes(502, 1).accept("k");
		this.stub.client().resolve("k");
		assertThat(EventsStub.bodyOf(this.stub.take())).isEqualTo(EventsStub.bodyOf(this.stub.take()));
	}

	@Test
	void triggerWhen504ShouldRetrySixTimes() {
		this.stub.respondTimes(504, 7);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"));
		assertThat(this.stub.server.getRequestCount()).isEqualTo(7);
	}

	@Test
	void triggerWhen502FiveTimesShouldSendFiveRequests() {
		this.stub.respondTimes(502, 6);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"));
		assertThat(this.stub.server.getRequestCount()).isEqualTo(5);
		assertThat(this.stub.sleepSeconds()).containsExactly(3.0, 6.0, 12.0, 24.0);
	}

	@Test
	void triggerWhen429RepeatedlyShouldRetryWithoutLimitByDefault() {
		this.stub.respondTimes(429, 12).accept("eventually");
		assertThat(this.stub.client().trigger("Disk full", "db01")).isEqualTo("eventually");
		assertThat(this.stub.server.getRequestCount()).isEqualTo(13);
		assertThat(this.stub.sleeps).hasSize(12);
	}

	@Test
	void triggerWhen501ShouldNotRetry() {
		this.stub.respondTimes(501, 1);
		assertThatExceptionOfType(PagerDutyServerException.class)
			.isThrownBy(() -> this.stub.client().trigger("Disk full", "db01"));
		assertThat(this.stub.server.getRequestCount()).isEqualTo(1);
		assertThat(this.stub.sleeps).isEmpty();
	}

	@Test
	void retrySettingsWhenOverriddenPerStatusShouldKeepTheRestOfThePreset() {
		this.stub.respondTimes(500, 2);
		EventsApiV2Client client = this.stub.clientBuilder()
			.retrySettings(
					EventsApiV2Client.DEFAULT_RETRY_SETTINGS.withStatus(500, 1).withSleepTimer(Duration.ofSeconds(1)))
			.build();
		assertThatExceptionOfType(PagerDutyServerException.class).isThrownBy(() -> client.trigger("s", "x"));
		assertThat(this.stub.server.getRequestCount()).isEqualTo(2);
		assertThat(this.stub.sleepSeconds()).containsExactly(2.0);
		assertThat(client.retrySettings().statuses()).isEqualTo(Map.of(500, 1, 502, 4, 503, 6, 504, 6));
	}

}
