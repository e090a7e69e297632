package io.pdkit.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.pdkit.core.ScriptedRequestFactory.NETWORK_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The worked examples of behaviour reference §6.6 (1–19; 20–22 are the Events client's),
 * as exact request counts and sleep sequences.
 */
class RetryWorkedExamplesTest {

	static Stream<Arguments> examples() {
		RetrySettings d = RetrySettings.defaults();
		RetrySettings oneSecond = d.withSleepTimer(Duration.ofSeconds(1));
		return Stream.of(example(1, d, script(429, 429, 200), 3, sleeps(3, 6), 200),
				example(2, d, script(429, 429, 429, 429, 429, 200), 6, sleeps(3, 6, 12, 24, 48), 200),
				example(3, d, script(401), 1, sleeps(), PagerDutyHttpException.class),
				example(4, d, script(500), 1, sleeps(), 500),
				example(5, d, script(301), 1, sleeps(), PagerDutyServerException.class),
				example(5, d.withStatus(304, 3), script(304), 1, sleeps(), PagerDutyServerException.class),
				example(6, d.withStatus(404, 3), script(404, 404, 404, 200), 4, sleeps(3, 6, 12), 200),
				example(7, d.withStatus(404, 1), script(404, 404, 200), 2, sleeps(3), 404),
				example(8, d.withStatus(404, -1), script(404, 404, 404, 200), 4, sleeps(3, 6, 12), 200),
				example(9, d.withStatus(404, 0), script(404), 1, sleeps(), 404),
				example(10, d.withStatus(429, 2), script(429, 429, 429, 429, 429), 3, sleeps(3, 6), 429),
				example(11, d.withStatus(401, 1), script(401, 401), 2, sleeps(3), 401),
				example(12, oneSecond.withStatus(404, 5).withMaxHttpAttempts(4), repeat(10, 404), 6,
						sleeps(2, 4, 8, 16, 32), 404),
				example(13, oneSecond.withStatus(404, 5).withMaxHttpAttempts(6), repeat(10, 404), 6,
						sleeps(2, 4, 8, 16, 32), 404),
				example(14, oneSecond.withStatus(404, 10).withMaxHttpAttempts(4), repeat(20, 404), 6,
						sleeps(2, 4, 8, 16, 32), 404),
				example(15, d.withStatuses(Map.of(502, 100, 503, 100)), alternating(20, 502, 503), 12,
						sleeps(3, 6, 12, 24, 48, 96, 192, 384, 768, 1536, 3072), 503),
				example(16, d.withStatuses(Map.of(502, 2, 503, 2)), script(502, 502, 502, 503), 3, sleeps(3, 6), 502),
				example(17, d, script(NETWORK_ERROR, NETWORK_ERROR, NETWORK_ERROR, 200), 4, sleeps(3, 6, 12), 200),
				example(18, d, script(NETWORK_ERROR, NETWORK_ERROR, NETWORK_ERROR, NETWORK_ERROR), 4, sleeps(3, 6, 12),
						PagerDutyException.class),
				example(19, d, script(NETWORK_ERROR, 429, NETWORK_ERROR, 429, 200), 5, sleeps(3, 6, 12, 24), 200));
	}

	@ParameterizedTest(name = "example {0}")
	@MethodSource("examples")
	void requestWhenServerAnswersScriptShouldRetryExactlyAsPython(int number, RetrySettings settings, int[] script,
			int expectedRequests, List<Duration> expectedSleeps, Object expectedOutcome) {
		ScriptedRequestFactory factory = new ScriptedRequestFactory().then(script);
		List<Duration> sleeps = new ArrayList<>();
		TestApiClient client = TestApiClient.builder("abcdefgh1234")
			.requestFactory(factory)
			.retrySettings(settings)
			.sleeper(sleeps::add)
			.build();

		Throwable thrown = catchThrowable(() -> {
			ApiResponse response = client.get("/users");
			assertThat(response.status()).isEqualTo(expectedOutcome);
			assertThat(response.requestId()).hasValue("req-" + expectedRequests);
		});

		if (expectedOutcome instanceof Class<?> exceptionType) {
			assertThat(thrown).isExactlyInstanceOf(exceptionType);
		}
		else {
			assertThat(thrown).isNull();
		}
		assertThat(factory.requests()).hasSize(expectedRequests);
		assertThat(sleeps).isEqualTo(expectedSleeps);
	}

	private static Arguments example(int number, RetrySettings settings, int[] script, int requests,
			List<Duration> sleeps, Object outcome) {
		return Arguments.of(number, settings, script, requests, sleeps, outcome);
	}

	private static int[] script(int... statuses) {
		return statuses;
	}

	private static int[] repeat(int count, int status) {
		int[] statuses = new int[count];
		Arrays.fill(statuses, status);
		return statuses;
	}

	private static int[] alternating(int count, int first, int second) {
		int[] statuses = new int[count];
		for (int i = 0; i < count; i++) {
			statuses[i] = (i % 2 == 0) ? first : second;
		}
		return statuses;
	}

	private static List<Duration> sleeps(long... seconds) {
		return Arrays.stream(seconds).mapToObj(Duration::ofSeconds).toList();
	}

}
