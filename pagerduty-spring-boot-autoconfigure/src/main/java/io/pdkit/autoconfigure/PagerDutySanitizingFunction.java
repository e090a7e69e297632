package io.pdkit.autoconfigure;

import java.util.List;
import java.util.Locale;

import io.pdkit.core.Secrets;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks pdkit's secrets ({@code pagerduty.api-key}, {@code events.routing-key},
 * {@code oauth.client-secret}, integration tokens, webhook secrets; also as environment
 * variables such as {@code PAGERDUTY_WEBHOOKS_SECRETS_0}) in {@code /actuator/env} and
 * {@code /actuator/configprops} as {@code *} + their last four characters, even when the
 * application shows values ({@code show-values=always}).
 */
public final class PagerDutySanitizingFunction implements SanitizingFunction {

	private static final List<String> SECRET_NAMES = List.of("api.key", "apikey", "routing.key", "routingkey",
			"client.secret", "clientsecret", "access.token", "accesstoken", "signature.token", "signaturetoken",
			"secrets");

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (data.getValue() == null || !isPagerDutySecret(data.getLowerCaseKey())) {
			return data;
		}
		Object value = data.getValue();
		if (value instanceof CharSequence text) {
			return data.withValue(Secrets.mask(text.toString()));
		}
		return data.withSanitizedValue();
	}

	private static boolean isPagerDutySecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
		if (!normalized.startsWith("pagerduty.")) {
			return false;
		}
		String leaf = normalized.replaceAll("(\\[\\d+]|\\.\\d+\\.?)$", "");
		return SECRET_NAMES.stream().anyMatch(name -> leaf.endsWith("." + name));
	}

}
