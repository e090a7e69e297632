package io.pdkit.autoconfigure.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventParser;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookDispatcherTest {

	private final WebhookEventParser parser = new WebhookEventParser();

	@Test
	void closeShouldLetQueuedEventsFinishInArrivalOrder() throws Exception {
		List<String> handled = new CopyOnWriteArrayList<>();
		StaticApplicationContext context = handlerContext(event -> handled.add(event.id()));
		WebhookDispatcher dispatcher = new WebhookDispatcher(1, 10,
				context.getBeanProvider(PagerDutyWebhookHandler.class), context);

		for (String id : List.of("E1", "E2", "E3")) {
			assertThat(dispatcher.dispatch(event(id), "D" + id)).isTrue();
		}
		dispatcher.close();

		assertThat(handled).containsExactly("E1", "E2", "E3");
		assertThat(dispatcher.dispatch(event("E4"), "DE4")).isFalse();
		context.close();
	}

	@Test
	void dispatchWhenHandlerFailsShouldStillPublishTheEvent() throws Exception {
		List<String> published = new CopyOnWriteArrayList<>();
		StaticApplicationContext context = handlerContext(event -> {
			throw new IllegalStateException("handler failure under test");
		});
		context.addApplicationListener(applicationEvent -> {
			if (applicationEvent instanceof PagerDutyWebhookReceivedEvent received) {
				published.add(received.getWebhookEvent().id() + "/" + received.getWebhookId());
			}
		});
		WebhookDispatcher dispatcher = new WebhookDispatcher(Runnable::run,
				context.getBeanProvider(PagerDutyWebhookHandler.class), context);

		assertThat(dispatcher.dispatch(event("E1"), "D1")).isTrue();

		assertThat(published).containsExactly("E1/D1");
		dispatcher.close();
		context.close();
	}

	private static StaticApplicationContext handlerContext(PagerDutyWebhookHandler handler) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.registerBean(PagerDutyWebhookHandler.class, () -> handler);
		context.refresh();
		return context;
	}

	private WebhookEvent event(String id) {
		return this.parser.parse(Deliveries.body(id, "incident.triggered"));
	}

}
