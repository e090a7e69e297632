package io.pdkit.events;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.pdkit.core.internal.ResponseListener;
import io.pdkit.core.internal.EncodedJson;
import io.pdkit.core.internal.Endpoint;
import io.pdkit.core.internal.ResolvedRequest;
import io.pdkit.core.ApiClient;
import io.pdkit.core.ApiDefinition;
import io.pdkit.core.ApiResponse;
import io.pdkit.core.AuthMethod;
import io.pdkit.core.CredentialSource;
import io.pdkit.core.PagerDutyException;
import io.pdkit.core.PagerDutyHttpException;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.RequestOptions;
import io.pdkit.core.RetrySettings;
import io.pdkit.core.Secrets;
import io.pdkit.events.internal.EventChecks;
import io.pdkit.events.internal.EventResponses;
import io.pdkit.events.internal.EventTimestamps;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Events API v2 client: triggers, acknowledges and resolves alerts, and sends change
 * events. The routing key (the integration key of an Events API v2 integration) travels
 * in the body of every request, never in a header, and is shown only masked. Every event
 * is checked before it is sent (summary, source, dedup key, severity, timestamp and
 * size), with a message naming the field. Server errors are retried as python-pagerduty
 * does: 500 twice, 502 four times, 503 and 504 six times, 429 until accepted.
 *
 * <pre>{@code
 * try (EventsApiV2Client events = EventsApiV2Client.builder(routingKey).region(Region.EU).build()) {
 *     String dedupKey = events.trigger("Disk 99% full on db01", "db01.example.com");
 *     events.acknowledge(dedupKey);
 *     events.resolve(dedupKey);
 *     events.submit("Deployed checkout v2.4.1", "ci.example.com");
 * }
 * }</pre>
 */
public final class EventsApiV2Client extends ApiClient {

	/** python-pagerduty's retry preset for this API: 500×2, 502×4, 503×6, 504×6. */
	public static final RetrySettings DEFAULT_RETRY_SETTINGS = RetrySettings.defaults()
		.withStatuses(Map.of(500, 2, 502, 4, 503, 6, 504, 6));

	/**
	 * The Events API v2: POST only, on {@code events.pagerduty.com} or
	 * {@code events.eu.pagerduty.com}.
	 */
	public static final ApiDefinition API = new ApiDefinition("events", "https://events.pagerduty.com",
			"https://events.eu.pagerduty.com", Set.of("POST"), Map.of("Accept", "application/json"),
			DEFAULT_RETRY_SETTINGS);

	/** The path alert events are posted to. */
	public static final String ALERT_PATH = "/v2/enqueue";

	/** The path change events are posted to. */
	public static final String CHANGE_PATH = "/v2/change/enqueue";

	private static final Logger logger = LoggerFactory.getLogger(EventsApiV2Client.class);

	private static final String ROUTING_KEY = "routing_key";

	private final CredentialSource routingKey;

	private final ResolvedRequest alertRequest;

	private final ResolvedRequest changeRequest;

	private EventsApiV2Client(Builder builder) {
		super(builder, EventsApiV2Client::endpoint, ResponseListener.NONE);
		this.routingKey = builder.routingKey;
		this.alertRequest = resolve("POST", ALERT_PATH);
		this.changeRequest = resolve("POST", CHANGE_PATH);
	}

	/**
	 * Creates a client for the US service region with the default settings.
	 * @param routingKey the integration key of an Events API v2 integration
	 */
	public EventsApiV2Client(String routingKey) {
		this(builder(routingKey));
	}

	/**
	 * Starts a builder.
	 * @param routingKey the integration key of an Events API v2 integration
	 * @return a builder
	 * @throws IllegalArgumentException naming {@code routingKey} if it is null or blank
	 */
	public static Builder builder(String routingKey) {
		return new Builder(CredentialSource.of(EventChecks.requireText(routingKey, "routingKey")));
	}

	@Override
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Triggers an alert with severity {@code critical} and a dedup key chosen by
	 * PagerDuty.
	 * @param summary what is wrong, at most 1,024 characters
	 * @param source where it is wrong, preferably a host name
	 * @return the dedup key, for {@link #acknowledge(String)} and
	 * {@link #resolve(String)}
	 * @throws IllegalArgumentException naming the field if the summary or source is
	 * missing or too long
	 * @throws PagerDutyHttpException if PagerDuty refuses the event (400), with its
	 * {@code errors}
	 * @throws PagerDutyServerException after the retries of a 5xx, or if the answer has
	 * no {@code dedup_key}
	 * @throws PagerDutyException if the network fails after all retries
	 */
	public String trigger(String summary, String source) {
		return trigger(TriggerEvent.builder(summary, source).build());
	}

	/**
	 * Triggers an alert.
	 * @param event the event
	 * @return the dedup key: the event's, or the one PagerDuty chose
	 * @throws PagerDutyHttpException if PagerDuty refuses the event (400), with its
	 * {@code errors}
	 * @throws PagerDutyServerException after the retries of a 5xx, or if the answer has
	 * no {@code dedup_key}
	 * @throws PagerDutyException if the network fails after all retries
	 */
	public String trigger(TriggerEvent event) {
		Objects.requireNonNull(event, "event must not be null");
		return sendAlert(EventAction.TRIGGER,
				event.toWire(newEvent(EventAction.TRIGGER, event.dedupKey()), value -> toJson(value, "properties")));
	}

	/**
	 * Acknowledges the open alert with a dedup key.
	 * @param dedupKey the dedup key, at most 255 characters
	 * @return the dedup key PagerDuty confirms
	 * @throws IllegalArgumentException naming {@code dedupKey} if it is null, blank or
	 * too long
	 * @throws PagerDutyException as {@link #trigger(TriggerEvent)}
	 */
	public String acknowledge(String dedupKey) {
		return sendAlert(EventAction.ACKNOWLEDGE, newEvent(EventAction.ACKNOWLEDGE,
				EventChecks.checkDedupKey(dedupKey, "dedupKey", EventAction.ACKNOWLEDGE.value())));
	}

	/**
	 * Resolves the open alert with a dedup key.
	 * @param dedupKey the dedup key, at most 255 characters
	 * @return the dedup key PagerDuty confirms
	 * @throws IllegalArgumentException naming {@code dedupKey} if it is null, blank or
	 * too long
	 * @throws PagerDutyException as {@link #trigger(TriggerEvent)}
	 */
	public String resolve(String dedupKey) {
		return sendAlert(EventAction.RESOLVE, newEvent(EventAction.RESOLVE,
				EventChecks.checkDedupKey(dedupKey, "dedupKey", EventAction.RESOLVE.value())));
	}

	/**
	 * Sends an alert event built from free-form properties, for fields this client has no
	 * typed form for. The event is {@code event_action}, then {@code dedup_key} if given,
	 * then the properties, converted with the client's JSON mapper (the caller's map is
	 * never changed). A trigger event is checked like a {@link TriggerEvent}:
	 * {@code payload} with {@code summary}, {@code source} and {@code severity}, and an
	 * ISO-8601 {@code timestamp} if present.
	 *
	 * <pre>{@code
	 * events.sendEvent(EventAction.TRIGGER, "db01/disk", Map.of(
	 *         "payload", Map.of("summary", "Disk full", "source", "db01", "severity", "error"),
	 *         "images", List.of(Map.of("src", "https://charts.example.com/disk.png"))));
	 * }</pre>
	 * @param action the action
	 * @param dedupKey the dedup key: optional for a trigger, required for acknowledge and
	 * resolve
	 * @param properties the other top-level fields, such as {@code payload},
	 * {@code links} or {@code client}; not {@code event_action}, {@code dedup_key} or
	 * {@code routing_key}
	 * @return the dedup key PagerDuty returns
	 * @throws IllegalArgumentException naming the field that breaks a rule
	 * @throws PagerDutyException as {@link #trigger(TriggerEvent)}
	 */
	public String sendEvent(EventAction action, @Nullable String dedupKey,
			Map<String, ? extends @Nullable Object> properties) {
		Objects.requireNonNull(action, "action must not be null");
		Objects.requireNonNull(properties, "properties must not be null");
		GeneralEventChecks.requireNoReservedKeys(properties);
		String checkedKey = EventChecks.checkDedupKey(dedupKey, "dedupKey",
				(action == EventAction.TRIGGER) ? null : action.value());
		ObjectNode event = newEvent(action, checkedKey);
		event.setAll(this.<ObjectNode>toJson(properties, "properties"));
		if (action == EventAction.TRIGGER) {
			GeneralEventChecks.checkTriggerPayload(event);
		}
		return sendAlert(action, event);
	}

	/**
	 * Sends a change event with a summary only, timestamped now.
	 * @param summary what changed, at most 1,024 characters
	 * @throws IllegalArgumentException naming {@code summary} if it is missing or too
	 * long
	 * @throws PagerDutyException as {@link #sendChangeEvent(ChangeEvent)}
	 */
	public void submit(String summary) {
		sendChangeEvent(ChangeEvent.builder(summary).build());
	}

	/**
	 * Sends a change event, timestamped now.
	 * @param summary what changed, at most 1,024 characters
	 * @param source where it changed, or {@code null}
	 * @throws IllegalArgumentException naming the field that breaks a rule
	 * @throws PagerDutyException as {@link #sendChangeEvent(ChangeEvent)}
	 */
	public void submit(String summary, @Nullable String source) {
		sendChangeEvent(ChangeEvent.builder(summary).source(source).build());
	}

	/**
	 * Sends a change event, timestamped now.
	 * @param summary what changed, at most 1,024 characters
	 * @param source where it changed, or {@code null}
	 * @param customDetails details of any JSON-serialisable values (copied, never
	 * changed)
	 * @throws IllegalArgumentException naming the field that breaks a rule
	 * @throws PagerDutyException as {@link #sendChangeEvent(ChangeEvent)}
	 */
	public void submit(String summary, @Nullable String source, Map<String, ? extends @Nullable Object> customDetails) {
		sendChangeEvent(ChangeEvent.builder(summary).source(source).customDetails(customDetails).build());
	}

	/**
	 * Sends a change event (python-pagerduty's {@code submit} with every argument).
	 * @param summary what changed, at most 1,024 characters
	 * @param source where it changed, or {@code null}
	 * @param customDetails details of any JSON-serialisable values (copied, never
	 * changed)
	 * @param links links to show with the change
	 * @param timestamp when it changed, or {@code null} for now
	 * @throws IllegalArgumentException naming the field that breaks a rule
	 * @throws PagerDutyException as {@link #sendChangeEvent(ChangeEvent)}
	 */
	public void submit(String summary, @Nullable String source, Map<String, ? extends @Nullable Object> customDetails,
			List<Link> links, @Nullable Instant timestamp) {
		sendChangeEvent(ChangeEvent.builder(summary)
			.source(source)
			.customDetails(customDetails)
			.links(links)
			.timestamp(timestamp)
			.build());
	}

	/**
	 * Sends a change event to {@code /v2/change/enqueue}. Without a timestamp of its own,
	 * the event is timestamped with this client's clock.
	 * @param event the event
	 * @throws IllegalArgumentException if the event is larger than 512 KB
	 * @throws PagerDutyHttpException if PagerDuty refuses the event (400), with its
	 * {@code errors}
	 * @throws PagerDutyServerException after the retries of a 5xx
	 * @throws PagerDutyException if the network fails after all retries
	 */
	public void sendChangeEvent(ChangeEvent event) {
		Objects.requireNonNull(event, "event must not be null");
		ObjectNode body = toJson(event.toWire(EventTimestamps.now(clock())), "event");
		send(this.changeRequest, body, EventResponses.CHANGE_CONTEXT, responses());
		logger.debug("Events API accepted a change event");
	}

	private static @Nullable Endpoint endpoint(String method, String relativePath) {
		return (relativePath.equals(ALERT_PATH) || relativePath.equals(CHANGE_PATH))
				? Endpoint.unwrapped(method, relativePath) : null;
	}

	private ObjectNode newEvent(EventAction action, @Nullable String dedupKey) {
		ObjectNode event = jsonMapper().createObjectNode();
		event.put("event_action", action.value());
		if (dedupKey != null) {
			event.put("dedup_key", dedupKey);
		}
		return event;
	}

	private String sendAlert(EventAction action, ObjectNode event) {
		EventResponses responses = responses();
		ApiResponse response = send(this.alertRequest, event, EventResponses.ALERT_CONTEXT, responses);
		String accepted = responses.dedupKey(response);
		logger.debug("Events API accepted a {} event with dedup key {}", action.value(), accepted);
		return accepted;
	}

	private ApiResponse send(ResolvedRequest request, ObjectNode event, String context, EventResponses responses) {
		EncodedJson body = EncodedJson.of(jsonMapper(), event);
		EventChecks.checkSize(body.sizeWithParameters(Map.of(ROUTING_KEY, this.routingKey.secret()), jsonMapper()));
		ApiResponse response = send(request, RequestOptions.builder().body(body).build());
		return responses.requireAccepted(response, context);
	}

	private EventResponses responses() {
		String secret = this.routingKey.secret();
		return new EventResponses(maskedCredential(),
				text -> (secret.length() >= 4) ? text.replace(secret, Secrets.mask(secret)) : text);
	}

	private <T extends JsonNode> T toJson(Object value, String field) {
		try {
			return jsonMapper().valueToTree(value);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(field + " cannot be converted to JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Builds an {@link EventsApiV2Client}. Starts from the US region, python-pagerduty's
	 * retry preset and the routing key in the body of every request.
	 */
	public static final class Builder extends ApiClient.Builder<EventsApiV2Client, Builder> {

		private CredentialSource routingKey;

		Builder(CredentialSource routingKey) {
			super(API, routingKey);
			this.routingKey = routingKey;
			authMethod(AuthMethod.bodyParameter(ROUTING_KEY));
		}

		Builder(EventsApiV2Client source) {
			super(source);
			this.routingKey = source.routingKey;
		}

		@Override
		public Builder credentialSource(CredentialSource credentials) {
			super.credentialSource(credentials);
			this.routingKey = credentials;
			return this;
		}

		@Override
		public EventsApiV2Client build() {
			return new EventsApiV2Client(this);
		}

	}

}
