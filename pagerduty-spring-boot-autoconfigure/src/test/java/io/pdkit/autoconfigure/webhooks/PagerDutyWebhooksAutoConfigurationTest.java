package io.pdkit.autoconfigure.webhooks;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventParser;
import io.pdkit.webhooks.WebhookHeaders;
import io.pdkit.webhooks.WebhookSignatureVerifier;
import io.pdkit.webhooks.WebhookSigner;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PagerDutyWebhooksAutoConfigurationTest {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PagerDutyWebhooksAutoConfiguration.class));

	@Test
	void withoutSecretsShouldRegisterNoEndpoint() {
		this.runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(RouterFunction.class);
			assertThat(context).doesNotHaveBean(WebhookSignatureVerifier.class);
		});
	}

	@Test
	void withCommaSeparatedSecretsShouldRegisterEndpointAndVerifier() {
		this.runner.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET + "," + Deliveries.OLD_SECRET)
			.run(context -> {
				assertThat(context).hasSingleBean(RouterFunction.class);
				assertThat(context).hasSingleBean(WebhookEventParser.class);
				WebhookSignatureVerifier verifier = context.getBean(WebhookSignatureVerifier.class);
				assertThat(verifier.secretCount()).isEqualTo(2);
				assertThat(verifier.maxBodySize()).isEqualTo(256 * 1024);
				assertThat(verifier.toString()).doesNotContain("whsec");
			});
	}

	@Test
	void withYamlListSecretsShouldRegisterEndpoint() {
		this.runner
			.withPropertyValues("pagerduty.webhooks.secrets[0]=" + Deliveries.SECRET,
					"pagerduty.webhooks.secrets[1]=" + Deliveries.OLD_SECRET, "pagerduty.webhooks.max-body-size=64KB")
			.run(context -> {
				assertThat(context).hasSingleBean(RouterFunction.class);
				WebhookSignatureVerifier verifier = context.getBean(WebhookSignatureVerifier.class);
				assertThat(verifier.secretCount()).isEqualTo(2);
				assertThat(verifier.maxBodySize()).isEqualTo(64 * 1024);
			});
	}

	@Test
	void inNonWebApplicationShouldRegisterNoEndpoint() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PagerDutyWebhooksAutoConfiguration.class))
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET)
			.run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class)
				.doesNotHaveBean(WebhookSignatureVerifier.class));
	}

	@Test
	void withoutSpringMvcShouldRegisterNoEndpoint() {
		this.runner.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET)
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookSignatureVerifier.class));
	}

	@Test
	void withBlankSecretShouldFailNamingTheProperty() {
		this.runner
			.withPropertyValues("pagerduty.webhooks.secrets[0]=" + Deliveries.SECRET, "pagerduty.webhooks.secrets[1]= ")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pagerduty.webhooks.secrets[1] must not be blank"));
	}

	@Test
	void withInvalidPathOrSizeShouldFailNamingTheProperty() {
		this.runner
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET, "pagerduty.webhooks.path=hooks")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pagerduty.webhooks.path must start with '/'"));
		this.runner
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET, "pagerduty.webhooks.max-body-size=0")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pagerduty.webhooks.max-body-size must be positive"));
	}

	@Test
	void withOwnVerifierShouldUseIt() {
		WebhookSignatureVerifier own = WebhookSignatureVerifier.of("from-a-vault-0003");
		this.runner.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET)
			.withBean(WebhookSignatureVerifier.class, () -> own)
			.run(context -> assertThat(context.getBean(WebhookSignatureVerifier.class)).isSameAs(own));
	}

	@Test
	void shouldNotRegisterAnExecutorBean() {
		this.runner.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET)
			.run(context -> assertThat(context.getBeansOfType(Executor.class)).isEmpty());
	}

	@Test
	void endpointShouldServeTheConfiguredPath() {
		this.runner.withUserConfiguration(RecordingHandler.class)
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET, "pagerduty.webhooks.path=/hooks/pd")
			.run(context -> {
				MockMvc mvc = mockMvc(context);
				deliver(mvc, "/hooks/pd", Deliveries.body("E1", "incident.triggered"), "D1")
					.andExpect(status().isAccepted());
				deliver(mvc, "/pagerduty/webhooks", Deliveries.body("E2", "incident.triggered"), "D2")
					.andExpect(status().isNotFound());
				assertThat(context.getBean(RecordingHandler.class).events.poll(5, TimeUnit.SECONDS).id())
					.isEqualTo("E1");
			});
	}

	@Test
	void whenHandlerQueueFullShouldAnswer429AndAcceptTheRetry() {
		this.runner.withUserConfiguration(BlockingHandler.class)
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET,
					"pagerduty.webhooks.queue-capacity=0")
			.run(context -> {
				MockMvc mvc = mockMvc(context);
				BlockingHandler handler = context.getBean(BlockingHandler.class);
				deliver(mvc, "/pagerduty/webhooks", Deliveries.body("E1", "incident.triggered"), "D1")
					.andExpect(status().isAccepted());
				assertThat(handler.started.await(5, TimeUnit.SECONDS)).isTrue();

				deliver(mvc, "/pagerduty/webhooks", Deliveries.body("E2", "incident.triggered"), "D2")
					.andExpect(status().isTooManyRequests());
				handler.release.countDown();
				assertThat(handler.events.poll(5, TimeUnit.SECONDS).id()).isEqualTo("E1");

				awaitAccepted(mvc, Deliveries.body("E2", "incident.triggered"), "D2");
				assertThat(handler.events.poll(5, TimeUnit.SECONDS).id()).isEqualTo("E2");
			});
	}

	@Test
	void withOwnExecutorBeanShouldRunHandlersOnIt() {
		this.runner.withUserConfiguration(RecordingHandler.class, InlineExecutor.class)
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET)
			.run(context -> {
				deliver(mockMvc(context), "/pagerduty/webhooks", Deliveries.body("E1", "incident.resolved"), "D1")
					.andExpect(status().isAccepted());
				assertThat(context.getBean(InlineExecutor.class).runs).hasValue(1);
				assertThat(context.getBean(RecordingHandler.class).events).extracting(WebhookEvent::id)
					.containsExactly("E1");
			});
	}

	@Test
	void withDedupCapacityZeroShouldDeliverDuplicatesAgain() {
		this.runner.withUserConfiguration(RecordingHandler.class, InlineExecutor.class)
			.withPropertyValues("pagerduty.webhooks.secrets=" + Deliveries.SECRET,
					"pagerduty.webhooks.dedup-capacity=0")
			.run(context -> {
				MockMvc mvc = mockMvc(context);
				byte[] body = Deliveries.body("E1", "incident.resolved");
				deliver(mvc, "/pagerduty/webhooks", body, "D1").andExpect(status().isAccepted());
				deliver(mvc, "/pagerduty/webhooks", body, "D1").andExpect(status().isAccepted());
				assertThat(context.getBean(RecordingHandler.class).events).extracting(WebhookEvent::id)
					.containsExactly("E1", "E1");
			});
	}

	private static void awaitAccepted(MockMvc mvc, byte[] body, String webhookId) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		int status;
		do {
			status = deliver(mvc, "/pagerduty/webhooks", body, webhookId).andReturn().getResponse().getStatus();
		}
		while (status == 429 && System.nanoTime() < deadline);
		assertThat(status).isEqualTo(202);
	}

	private static MockMvc mockMvc(ApplicationContext context) {
		return MockMvcBuilders.routerFunctions(context.getBean(RouterFunction.class)).build();
	}

	private static ResultActions deliver(MockMvc mvc, String path, byte[] body, String webhookId) throws Exception {
		return mvc.perform(post(path).content(body)
			.contentType("application/json")
			.header(WebhookHeaders.SIGNATURE, WebhookSigner.of(Deliveries.SECRET).sign(body))
			.header(WebhookHeaders.WEBHOOK_ID, webhookId));
	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingHandler implements PagerDutyWebhookHandler {

		final BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();

		@Override
		public void handle(WebhookEvent event) {
			this.events.add(event);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class BlockingHandler implements PagerDutyWebhookHandler {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();

		@Override
		public void handle(WebhookEvent event) {
			this.started.countDown();
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.events.add(event);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InlineExecutor {

		final AtomicInteger runs = new AtomicInteger();

		@Bean(PagerDutyWebhooksAutoConfiguration.EXECUTOR_BEAN_NAME)
		Executor pagerDutyWebhookExecutor() {
			return task -> {
				this.runs.incrementAndGet();
				task.run();
			};
		}

	}

}
