package io.pdkit.autoconfigure.webhooks;

import java.time.Clock;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.MeterRegistry;
import io.pdkit.webhooks.WebhookEventParser;
import io.pdkit.webhooks.WebhookSignatureVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives PagerDuty v3 webhooks in a Spring MVC application once
 * {@code pagerduty.webhooks.secrets} is set: a POST endpoint at
 * {@code pagerduty.webhooks.path} (a {@link RouterFunction} bean, no component scanning)
 * that verifies the signature on the raw body before parsing, answers 202 at once and
 * hands each event, once, to the {@link PagerDutyWebhookHandler} beans and then to
 * {@code @EventListener}s of {@link PagerDutyWebhookReceivedEvent}. Handlers run on a
 * bounded executor of its own ({@code pagerduty.webhooks.handler-threads} threads,
 * default 1 to keep the arrival order, and {@code pagerduty.webhooks.queue-capacity}
 * waiting deliveries; a full queue answers 429 so that PagerDuty retries later); on
 * shutdown queued events get 10 seconds to finish. To run handlers on an executor of your
 * own (e.g. one that propagates tracing context), define an {@link Executor} bean named
 * {@value #EXECUTOR_BEAN_NAME}; a {@code RejectedExecutionException} from it is answered
 * 429.
 *
 * <p>
 * Accepted delivery ids are remembered in a {@link WebhookDeliveryStore}: in memory by
 * default, in Redis with {@code pagerduty.webhooks.dedupe.store=redis} (see
 * {@link PagerDutyWebhookDedupeAutoConfiguration}), or a bean of the application's.
 * Dropped duplicates are counted as {@code pagerduty.webhooks.duplicates} with
 * Micrometer.
 *
 * <p>
 * Answers: 202 accepted (also for a duplicate), 401 missing or wrong signature, 400 body
 * not a webhook payload, 413 body above {@code pagerduty.webhooks.max-body-size}, 429
 * handler queue full.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ RouterFunction.class, WebhookSignatureVerifier.class })
@Conditional(OnWebhookSecretsCondition.class)
@EnableConfigurationProperties({ PagerDutyWebhooksProperties.class, PagerDutyWebhookDedupeProperties.class })
public final class PagerDutyWebhooksAutoConfiguration {

	/**
	 * Name of the executor bean that runs the webhook handlers.
	 */
	public static final String EXECUTOR_BEAN_NAME = "pagerDutyWebhookExecutor";

	@Bean
	@ConditionalOnMissingBean
	WebhookSignatureVerifier pagerDutyWebhookSignatureVerifier(PagerDutyWebhooksProperties properties) {
		return WebhookSignatureVerifier.builder()
			.secrets(properties.getSecrets())
			.maxBodySize(properties.getMaxBodySize().toBytes())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookEventParser pagerDutyWebhookEventParser(ObjectProvider<JsonMapper> jsonMapper) {
		JsonMapper mapper = jsonMapper.getIfAvailable();
		return mapper != null ? new WebhookEventParser(mapper) : new WebhookEventParser();
	}

	@Bean(destroyMethod = "close")
	WebhookDispatcher pagerDutyWebhookDispatcher(PagerDutyWebhooksProperties properties,
			@Qualifier(EXECUTOR_BEAN_NAME) ObjectProvider<Executor> executor,
			ObjectProvider<PagerDutyWebhookHandler> handlers, ApplicationEventPublisher publisher) {
		Executor own = executor.getIfUnique();
		return (own != null) ? new WebhookDispatcher(own, handlers, publisher) : new WebhookDispatcher(
				properties.getHandlerThreads(), properties.getQueueCapacity(), handlers, publisher);
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookDeliveryStore pagerDutyWebhookDeliveryStore(PagerDutyWebhooksProperties properties,
			PagerDutyWebhookDedupeProperties dedupe) {
		if (dedupe.getStore() == PagerDutyWebhookDedupeProperties.Store.REDIS) {
			throw new IllegalStateException("pagerduty.webhooks.dedupe.store=redis needs Spring Data Redis "
					+ "(spring-boot-starter-data-redis) and a StringRedisTemplate bean");
		}
		return new RecentDeliveries(properties.getDedupWindow(), properties.getDedupCapacity(), Clock.systemUTC());
	}

	@Bean
	RouterFunction<ServerResponse> pagerDutyWebhookRouterFunction(PagerDutyWebhooksProperties properties,
			WebhookSignatureVerifier verifier, WebhookEventParser parser, WebhookDispatcher dispatcher,
			WebhookDeliveryStore deliveries, ObjectProvider<WebhookDuplicateMetrics> duplicateMetrics) {
		WebhookDuplicateMetrics metrics = duplicateMetrics.getIfAvailable();
		Runnable onDuplicate = (metrics != null) ? metrics : () -> {
		};
		WebhookEndpoint endpoint = new WebhookEndpoint(verifier, parser, deliveries, dispatcher, onDuplicate);
		return RouterFunctions.route(RequestPredicates.POST(properties.getPath()), endpoint);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class DuplicateMetrics {

		@Bean
		WebhookDuplicateMetrics pagerDutyWebhookDuplicateMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
			return new WebhookDuplicateMetrics(meterRegistry);
		}

	}

}
