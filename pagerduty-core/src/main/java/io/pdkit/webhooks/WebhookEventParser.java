package io.pdkit.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Parses the raw body of a PagerDuty v3 webhook delivery into a {@link WebhookEvent}.
 * Verify the signature first ({@link WebhookSignatureVerifier}) and parse the same bytes.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookEventParser parser = new WebhookEventParser();
 * WebhookEvent event = parser.parse(rawBody);
 * }</pre>
 */
public final class WebhookEventParser {

	private static final JsonMapper DEFAULT_MAPPER = JsonMapper.builder().build();

	private final JsonMapper jsonMapper;

	/**
	 * Creates a parser with a default Jackson {@link JsonMapper}.
	 */
	public WebhookEventParser() {
		this(DEFAULT_MAPPER);
	}

	/**
	 * Creates a parser with the given Jackson mapper.
	 * @param jsonMapper the mapper used to read the body
	 */
	public WebhookEventParser(JsonMapper jsonMapper) {
		this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper must not be null");
	}

	/**
	 * Parses a raw body.
	 * @param body the body bytes (UTF-8 JSON)
	 * @return the event
	 * @throws WebhookParseException if the body is not JSON, has no {@code event} object,
	 * or lacks {@code event.id} or {@code event.event_type}, or {@code event.occurred_at}
	 * is not an ISO-8601 time
	 */
	public WebhookEvent parse(byte[] body) {
		Objects.requireNonNull(body, "body must not be null");
		JsonNode root;
		try {
			root = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new WebhookParseException("Webhook body is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		return parse(root);
	}

	/**
	 * Parses a body given as text.
	 * @param body the body
	 * @return the event
	 * @throws WebhookParseException as {@link #parse(byte[])}
	 */
	public WebhookEvent parse(String body) {
		Objects.requireNonNull(body, "body must not be null");
		return parse(body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads an event from an already parsed payload.
	 * @param payload the whole payload ({@code {"event": {...}}})
	 * @return the event
	 * @throws WebhookParseException as {@link #parse(byte[])}, except for invalid JSON
	 */
	public WebhookEvent parse(@Nullable JsonNode payload) {
		if (payload == null || !payload.isObject()) {
			throw new WebhookParseException("Webhook body must be a JSON object with an \"event\" object", null);
		}
		JsonNode event = payload.get("event");
		if (event == null || !event.isObject()) {
			throw new WebhookParseException("Webhook body has no \"event\" object", null);
		}
		String typeName = requiredText(event, "event_type");
		return new WebhookEvent(requiredText(event, "id"), WebhookEventType.fromWireName(typeName), typeName,
				optionalText(event, "resource_type"), occurredAt(event), nodeOrNull(event, "agent"),
				nodeOrNull(event, "client"), nodeOrNull(event, "data"), payload);
	}

	private static String requiredText(JsonNode event, String field) {
		String text = optionalText(event, field);
		if (text == null || text.isBlank()) {
			throw new WebhookParseException("Webhook event has no \"" + field + "\" string", null);
		}
		return text;
	}

	private static @Nullable String optionalText(JsonNode event, String field) {
		JsonNode node = event.get(field);
		return node != null && node.isString() ? node.stringValue() : null;
	}

	private static @Nullable Instant occurredAt(JsonNode event) {
		String text = optionalText(event, "occurred_at");
		if (text == null) {
			return null;
		}
		try {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
		}
		catch (DateTimeParseException ex) {
			throw new WebhookParseException("Webhook event's \"occurred_at\" is not an ISO-8601 time: " + text, ex);
		}
	}

	private static JsonNode nodeOrNull(JsonNode event, String field) {
		JsonNode node = event.get(field);
		return node == null ? NullNode.getInstance() : node;
	}

}
