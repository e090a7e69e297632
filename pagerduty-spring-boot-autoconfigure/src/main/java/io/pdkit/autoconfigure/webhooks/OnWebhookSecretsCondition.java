package io.pdkit.autoconfigure.webhooks;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.OnPropertyListCondition;

/**
 * Matches when {@code pagerduty.webhooks.secrets} holds at least one value, whether it is
 * written as a comma-separated value or as a YAML list ({@code secrets[0]}), which
 * {@code @ConditionalOnProperty} misses.
 */
final class OnWebhookSecretsCondition extends OnPropertyListCondition {

	OnWebhookSecretsCondition() {
		super("pagerduty.webhooks.secrets", () -> ConditionMessage.forCondition("PagerDuty webhook secrets"));
	}

}
