package io.pdkit.autoconfigure.diagnostics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Reports a missing pdkit client bean with the property that creates it, whether that
 * property is set, and any near-miss {@code pagerduty.*} key of the configuration; runs
 * before Boot's generic report.
 */
class MissingPagerDutyClientFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final String API_KEY = "pagerduty.api-key (environment variable PAGERDUTY_API_KEY)";

	private static final Map<String, String> CREATED_BY = Map.ofEntries(
			Map.entry("io.pdkit.rest.RestApiV2Client",
					API_KEY + ", or pagerduty.oauth.client-id, client-secret and scope for an app token"),
			Map.entry("io.pdkit.events.EventsApiV2Client",
					"pagerduty.events.routing-key (environment variable PAGERDUTY_ROUTING_KEY)"),
			Map.entry("io.pdkit.oauth.OAuthTokenClient", "pagerduty.oauth.client-id and pagerduty.oauth.client-secret"),
			Map.entry("io.pdkit.integrations.SlackIntegrationApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.SlackIntegrationConnectionsApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.MsTeamsIntegrationApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.JiraCloudIntegrationApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.ScimApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.McpApiClient", API_KEY),
			Map.entry("io.pdkit.integrations.JiraServerIntegrationApiClient",
					"pagerduty.integrations.jira-server.access-token and signature-token"));

	private final @Nullable Environment environment;

	MissingPagerDutyClientFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		ResolvableType type = cause.getResolvableType();
		Class<?> missing = (type != null) ? type.resolve() : cause.getBeanType();
		if (missing == null || !CREATED_BY.containsKey(missing.getName())) {
			return null;
		}
		String simpleName = missing.getSimpleName();
		String property = CREATED_BY.get(missing.getName());
		StringBuilder description = new StringBuilder(
				"A bean of type " + missing.getName() + " is required but none exists. pdkit creates it when "
						+ property + " has a value, and " + state(missing.getName()) + ".");
		List<UnknownKey> nearMisses = nearMisses();
		if (!nearMisses.isEmpty()) {
			description.append("\n\nThe configuration has PagerDuty keys that pdkit does not know:\n")
				.append(nearMisses.stream().map(key -> "    " + key.describe()).collect(Collectors.joining("\n")));
		}
		String action = "Set " + property + ", or define a " + simpleName + " bean yourself. In tests, annotate"
				+ " the test class with @AutoConfigurePagerDutySimulator (pagerduty-test) to get every client"
				+ " pointed at a local simulator.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private String state(String type) {
		if (this.environment == null) {
			return "it is not set";
		}
		String name = type.endsWith("EventsApiV2Client") ? "pagerduty.events.routing-key"
				: type.endsWith("OAuthTokenClient") ? "pagerduty.oauth.client-id"
						: type.endsWith("JiraServerIntegrationApiClient")
								? "pagerduty.integrations.jira-server.access-token" : "pagerduty.api-key";
		String value = this.environment.getProperty(name);
		if (value == null) {
			return name + " is not set";
		}
		return value.isBlank() ? name + " is blank" : name + " is set, but the client was switched off or replaced";
	}

	private List<UnknownKey> nearMisses() {
		if (this.environment == null) {
			return List.of();
		}
		return ConfigurationKeyScanner.unknownKeys(this.environment, KnownKeys.load(null, List.of()));
	}

}
