package io.pdkit.test.spring;

import io.pdkit.autoconfigure.PagerDutyAutoConfiguration;
import io.pdkit.autoconfigure.PagerDutyClientCustomizer;
import io.pdkit.autoconfigure.PagerDutyConnectionDetails;
import io.pdkit.test.PagerDutySimulator;
import io.pdkit.test.RecordingSleeper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration imported by {@link AutoConfigurePagerDutySimulator}: the simulator
 * (unless the test context already registered one), the
 * {@link PagerDutyConnectionDetails} that point every client at it, and a
 * {@link RecordingSleeper} applied to every client through a
 * {@link PagerDutyClientCustomizer}.
 */
@AutoConfiguration(before = PagerDutyAutoConfiguration.class)
@ConditionalOnClass(PagerDutyConnectionDetails.class)
public final class PagerDutySimulatorAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	PagerDutySimulator pagerDutySimulator(Environment environment) {
		return SimulatorSettings.from(environment).start();
	}

	@Bean
	SimulatorConnectionDetails pagerDutySimulatorConnectionDetails(PagerDutySimulator simulator) {
		return new SimulatorConnectionDetails(simulator);
	}

	@Bean
	@ConditionalOnMissingBean
	RecordingSleeper pagerDutyRecordingSleeper() {
		return new RecordingSleeper();
	}

	@Bean
	PagerDutyClientCustomizer pagerDutyRecordingSleeperCustomizer(RecordingSleeper sleeper) {
		return builder -> builder.sleeper(sleeper);
	}

}
