package io.pdkit.autoconfigure;

import io.pdkit.core.ApiClient;

/**
 * Adjusts the builder of every PagerDuty client the starter creates, after the
 * {@code pagerduty.*} properties were applied and before {@code build()}. Beans of this
 * type are applied in {@code @Order}.
 *
 * <pre>{@code
 * &#64;Bean
 * PagerDutyClientCustomizer pagerDutyUserAgent() {
 *     return builder -> builder.defaultHeader("X-Team", "payments");
 * }
 * }</pre>
 */
@FunctionalInterface
public interface PagerDutyClientCustomizer {

	/**
	 * Customizes one client builder.
	 * @param builder the builder of a REST, Events, OAuth or integration client
	 */
	void customize(ApiClient.Builder<?, ?> builder);

}
