package io.pdkit.core.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitKeyTest {

	@Test
	void ofShouldHashTheSecretAndNeverKeepIt() {
		RateLimitKey key = RateLimitKey.of("rest", "u+secretkey-abcd");

		assertThat(key.value()).matches("pdkit:rate-limit:rest:[0-9a-f]{32}")
			.doesNotContain("secretkey")
			.doesNotContain("abcd");
		assertThat(key.toString()).isEqualTo(key.value());
	}

	@Test
	void ofWhenSameSecretShouldGiveTheSameKeyAndPerApi() {
		assertThat(RateLimitKey.of("rest", "u+secretkey-abcd")).isEqualTo(RateLimitKey.of("rest", "u+secretkey-abcd"));
		assertThat(RateLimitKey.of("rest", "u+secretkey-abcd").credentialHash())
			.isEqualTo(RateLimitKey.of("events", "u+secretkey-abcd").credentialHash())
			.isNotEqualTo(RateLimitKey.of("rest", "u+secretkey-abce").credentialHash());
		assertThat(RateLimitKey.of("rest", "x").value()).isNotEqualTo(RateLimitKey.of("events", "x").value());
	}

	@Test
	void rateLimitWhenBurstIsOutOfRangeShouldNameIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perMinute(10).withBurst(11))
			.withMessage("burst must be between 1 and permits (10), was 11");
		assertThat(RateLimit.perMinute(960)).isEqualTo(new RateLimit(960, Duration.ofMinutes(1), 48));
		assertThat(RateLimit.perMinute(960).refillPerPeriod()).isEqualTo(912);
	}

}
