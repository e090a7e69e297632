package io.pdkit.autoconfigure.webhooks;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.pdkit.webhooks.WebhookEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Hands events to the application's {@link PagerDutyWebhookHandler}s and
 * {@code @EventListener}s on the webhook executor, off the request thread. Closing it
 * lets queued events finish (for up to 10 seconds) when it owns the executor.
 */
final class WebhookDispatcher implements AutoCloseable {

	private static final long SHUTDOWN_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final Executor executor;

	private final ObjectProvider<PagerDutyWebhookHandler> handlers;

	private final ApplicationEventPublisher publisher;

	private final @Nullable ThreadPoolExecutor ownedExecutor;

	WebhookDispatcher(Executor executor, ObjectProvider<PagerDutyWebhookHandler> handlers,
			ApplicationEventPublisher publisher) {
		this.executor = executor;
		this.handlers = handlers;
		this.publisher = publisher;
		this.ownedExecutor = null;
	}

	WebhookDispatcher(int threads, int queueCapacity, ObjectProvider<PagerDutyWebhookHandler> handlers,
			ApplicationEventPublisher publisher) {
		ThreadPoolExecutor executor = boundedExecutor(threads, queueCapacity);
		this.executor = executor;
		this.handlers = handlers;
		this.publisher = publisher;
		this.ownedExecutor = executor;
	}

	/**
	 * Queues an event.
	 * @return {@code false} if the executor refused it (queue full or shutting down)
	 */
	boolean dispatch(WebhookEvent event, @Nullable String webhookId) {
		try {
			this.executor.execute(() -> deliver(event, webhookId));
			return true;
		}
		catch (RejectedExecutionException ex) {
			logger.warn("PagerDuty webhook event {} ({}) refused: the handler queue is full or shutting down",
					event.id(), event.eventTypeName());
			return false;
		}
	}

	private void deliver(WebhookEvent event, @Nullable String webhookId) {
		this.handlers.orderedStream().forEach(handler -> {
			try {
				handler.handle(event);
			}
			catch (RuntimeException ex) {
				logger.warn("PagerDuty webhook handler {} failed on event {} ({})", handler, event.id(),
						event.eventTypeName(), ex);
			}
		});
		try {
			this.publisher.publishEvent(new PagerDutyWebhookReceivedEvent(this, event, webhookId));
		}
		catch (RuntimeException ex) {
			logger.warn("PagerDuty webhook listener failed on event {} ({})", event.id(), event.eventTypeName(), ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.ownedExecutor == null) {
			return;
		}
		this.ownedExecutor.shutdown();
		if (!this.ownedExecutor.awaitTermination(SHUTDOWN_SECONDS, TimeUnit.SECONDS)) {
			logger.warn("PagerDuty webhook handlers still running after {} s; {} event(s) dropped", SHUTDOWN_SECONDS,
					this.ownedExecutor.shutdownNow().size());
		}
	}

	private static ThreadPoolExecutor boundedExecutor(int threads, int queueCapacity) {
		BlockingQueue<Runnable> queue = (queueCapacity == 0) ? new SynchronousQueue<>() : (queueCapacity <= 10_000)
				? new ArrayBlockingQueue<>(queueCapacity) : new LinkedBlockingQueue<>(queueCapacity);
		AtomicInteger count = new AtomicInteger();
		return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, runnable -> {
			Thread thread = new Thread(runnable, "pagerduty-webhook-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
