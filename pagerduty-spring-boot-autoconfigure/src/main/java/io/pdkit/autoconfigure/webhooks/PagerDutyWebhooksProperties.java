package io.pdkit.autoconfigure.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.pdkit.core.Secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the PagerDuty webhook endpoint ({@code pagerduty.webhooks.*}). Setting
 * {@code secrets} turns the endpoint on. Invalid values fail the application's start with
 * a message naming the property.
 */
@ConfigurationProperties("pagerduty.webhooks")
public class PagerDutyWebhooksProperties {

	/**
	 * Signing secrets of the webhook subscriptions; a delivery signed with any of them is
	 * accepted. List the new and the old secret during a rotation.
	 */
	private List<String> secrets = new ArrayList<>();

	/**
	 * Path of the endpoint that receives deliveries (POST).
	 */
	private String path = "/pagerduty/webhooks";

	/**
	 * Largest body accepted; larger deliveries are answered 413. PagerDuty drops payloads
	 * above 256KB.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(256);

	/**
	 * How long the ids of an accepted delivery (its X-Webhook-Id and its event id) are
	 * remembered to recognise a redelivery as a duplicate. 0 turns duplicate detection
	 * off.
	 */
	private Duration dedupWindow = Duration.ofHours(24);

	/**
	 * Most ids remembered at once (two for each delivery); the oldest are forgotten
	 * first. 0 turns duplicate detection off.
	 */
	private int dedupCapacity = 10_000;

	/**
	 * Threads that run the handlers and listeners. The default of 1 keeps the order in
	 * which deliveries arrived.
	 */
	private int handlerThreads = 1;

	/**
	 * Deliveries that may wait for a handler thread; when full, deliveries are answered
	 * 429 so that PagerDuty retries them later.
	 */
	private int queueCapacity = 1_000;

	/**
	 * Returns the signing secrets of the webhook subscriptions
	 * ({@code pagerduty.webhooks.secrets}).
	 * @return the secrets; empty (endpoint off) by default
	 */
	public List<String> getSecrets() {
		return this.secrets;
	}

	/**
	 * Sets the signing secrets of the webhook subscriptions
	 * ({@code pagerduty.webhooks.secrets}).
	 * @param secrets the secrets, none blank; a delivery signed with any of them is
	 * accepted
	 * @throws IllegalArgumentException naming the index of a blank secret
	 */
	public void setSecrets(List<String> secrets) {
		for (int i = 0; i < secrets.size(); i++) {
			String secret = secrets.get(i);
			if (secret == null || secret.isBlank()) {
				throw new IllegalArgumentException("pagerduty.webhooks.secrets[" + i + "] must not be blank");
			}
		}
		this.secrets = new ArrayList<>(secrets);
	}

	/**
	 * Returns the path of the endpoint that receives deliveries
	 * ({@code pagerduty.webhooks.path}).
	 * @return the path, {@code /pagerduty/webhooks} by default
	 */
	public String getPath() {
		return this.path;
	}

	/**
	 * Sets the path of the endpoint that receives deliveries
	 * ({@code pagerduty.webhooks.path}).
	 * @param path the path; starts with {@code /} and contains no whitespace
	 * @throws IllegalArgumentException if the path does not start with {@code /} or
	 * contains whitespace
	 */
	public void setPath(String path) {
		if (path == null || !path.startsWith("/") || path.isBlank() || path.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.path must start with '/' and contain no whitespace, was '" + path + "'");
		}
		this.path = path;
	}

	/**
	 * Returns the largest body accepted; larger deliveries are answered 413
	 * ({@code pagerduty.webhooks.max-body-size}).
	 * @return the size, 256 KB by default
	 */
	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	/**
	 * Sets the largest body accepted; larger deliveries are answered 413
	 * ({@code pagerduty.webhooks.max-body-size}).
	 * @param maxBodySize the size; positive
	 * @throws IllegalArgumentException if the size is not positive
	 */
	public void setMaxBodySize(DataSize maxBodySize) {
		if (maxBodySize == null || maxBodySize.toBytes() <= 0) {
			throw new IllegalArgumentException("pagerduty.webhooks.max-body-size must be positive, was " + maxBodySize);
		}
		this.maxBodySize = maxBodySize;
	}

	/**
	 * Returns how long the ids of an accepted delivery are remembered to recognise a
	 * redelivery ({@code pagerduty.webhooks.dedup-window}).
	 * @return the window, 24 hours by default; zero means no duplicate detection
	 */
	public Duration getDedupWindow() {
		return this.dedupWindow;
	}

	/**
	 * Sets how long the ids of an accepted delivery are remembered to recognise a
	 * redelivery ({@code pagerduty.webhooks.dedup-window}).
	 * @param dedupWindow the window; zero turns duplicate detection off
	 * @throws IllegalArgumentException if the window is negative
	 */
	public void setDedupWindow(Duration dedupWindow) {
		if (dedupWindow == null || dedupWindow.isNegative()) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.dedup-window must not be negative, was " + dedupWindow);
		}
		this.dedupWindow = dedupWindow;
	}

	/**
	 * Returns the most ids remembered at once (two for each delivery)
	 * ({@code pagerduty.webhooks.dedup-capacity}).
	 * @return the capacity, 10,000 by default; zero means no duplicate detection
	 */
	public int getDedupCapacity() {
		return this.dedupCapacity;
	}

	/**
	 * Sets the most ids remembered at once (two for each delivery)
	 * ({@code pagerduty.webhooks.dedup-capacity}).
	 * @param dedupCapacity the capacity; zero turns duplicate detection off
	 * @throws IllegalArgumentException if the capacity is negative
	 */
	public void setDedupCapacity(int dedupCapacity) {
		if (dedupCapacity < 0) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.dedup-capacity must not be negative, was " + dedupCapacity);
		}
		this.dedupCapacity = dedupCapacity;
	}

	/**
	 * Returns the number of threads that run the handlers and listeners
	 * ({@code pagerduty.webhooks.handler-threads}).
	 * @return the thread count, 1 by default (deliveries handled in arrival order)
	 */
	public int getHandlerThreads() {
		return this.handlerThreads;
	}

	/**
	 * Sets the number of threads that run the handlers and listeners
	 * ({@code pagerduty.webhooks.handler-threads}).
	 * @param handlerThreads the thread count, at least 1
	 * @throws IllegalArgumentException if the count is less than 1
	 */
	public void setHandlerThreads(int handlerThreads) {
		if (handlerThreads < 1) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.handler-threads must be at least 1, was " + handlerThreads);
		}
		this.handlerThreads = handlerThreads;
	}

	/**
	 * Returns how many deliveries may wait for a handler thread before new ones are
	 * answered 429 ({@code pagerduty.webhooks.queue-capacity}).
	 * @return the capacity, 1,000 by default
	 */
	public int getQueueCapacity() {
		return this.queueCapacity;
	}

	/**
	 * Sets how many deliveries may wait for a handler thread before new ones are answered
	 * 429 ({@code pagerduty.webhooks.queue-capacity}).
	 * @param queueCapacity the capacity; zero or more
	 * @throws IllegalArgumentException if the capacity is negative
	 */
	public void setQueueCapacity(int queueCapacity) {
		if (queueCapacity < 0) {
			throw new IllegalArgumentException(
					"pagerduty.webhooks.queue-capacity must not be negative, was " + queueCapacity);
		}
		this.queueCapacity = queueCapacity;
	}

	@Override
	public String toString() {
		return "PagerDutyWebhooksProperties{secrets=" + this.secrets.stream().map(Secrets::mask).toList() + ", path="
				+ this.path + ", maxBodySize=" + this.maxBodySize + ", dedupWindow=" + this.dedupWindow
				+ ", dedupCapacity=" + this.dedupCapacity + ", handlerThreads=" + this.handlerThreads
				+ ", queueCapacity=" + this.queueCapacity + "}";
	}

}
