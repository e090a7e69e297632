package io.pdkit.autoconfigure.diagnostics;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports {@link UnknownPagerDutyKeysException}: each unknown key, where it was written
 * and the key it was probably meant to be.
 */
class UnknownPagerDutyKeysFailureAnalyzer extends AbstractFailureAnalyzer<UnknownPagerDutyKeysException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownPagerDutyKeysException cause) {
		String keys = cause.keys().stream().map(key -> "    " + key.describe()).collect(Collectors.joining("\n"));
		String description = "The application's configuration has PagerDuty keys that pdkit does not know:\n" + keys;
		String action = "Correct the keys (the valid ones are listed in your IDE's completion and in pdkit's"
				+ " docs/spring-boot.md), or set " + PagerDutyConfigurationKeys.FAIL_PROPERTY
				+ "=false to only log a warning.";
		return new FailureAnalysis(description, action, cause);
	}

}
