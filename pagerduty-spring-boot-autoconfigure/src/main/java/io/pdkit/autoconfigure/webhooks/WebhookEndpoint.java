package io.pdkit.autoconfigure.webhooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.pdkit.webhooks.WebhookEvent;
import io.pdkit.webhooks.WebhookEventParser;
import io.pdkit.webhooks.WebhookHeaders;
import io.pdkit.webhooks.WebhookParseException;
import io.pdkit.webhooks.WebhookSignatureVerifier;
import io.pdkit.webhooks.WebhookVerificationResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives one delivery: size check, signature check on the raw bytes, parse, duplicate
 * check, hand-off, 202.
 */
final class WebhookEndpoint implements HandlerFunction<ServerResponse> {

	private static final Logger logger = LoggerFactory.getLogger(WebhookEndpoint.class);

	private final WebhookSignatureVerifier verifier;

	private final WebhookEventParser parser;

	private final WebhookDeliveryStore deliveries;

	private final Runnable onDuplicate;

	private final WebhookDispatcher dispatcher;

	WebhookEndpoint(WebhookSignatureVerifier verifier, WebhookEventParser parser, WebhookDeliveryStore deliveries,
			WebhookDispatcher dispatcher) {
		this(verifier, parser, deliveries, dispatcher, () -> {
		});
	}

	WebhookEndpoint(WebhookSignatureVerifier verifier, WebhookEventParser parser, WebhookDeliveryStore deliveries,
			WebhookDispatcher dispatcher, Runnable onDuplicate) {
		this.verifier = verifier;
		this.parser = parser;
		this.deliveries = deliveries;
		this.dispatcher = dispatcher;
		this.onDuplicate = onDuplicate;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		OptionalLong contentLength = request.headers().contentLength();
		if (contentLength.isPresent() && this.verifier.exceedsMaxBodySize(contentLength.getAsLong())) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "Body exceeds " + this.verifier.maxBodySize() + " bytes");
		}
		String signature = request.headers().firstHeader(WebhookHeaders.SIGNATURE);
		if (signature == null || signature.isBlank()) {
			return refuse(HttpStatus.UNAUTHORIZED, "Missing " + WebhookHeaders.SIGNATURE + " header");
		}
		byte[] body = BoundedBody.read(request.servletRequest().getInputStream(), this.verifier.maxBodySize());
		if (body == null) {
			return refuse(HttpStatus.CONTENT_TOO_LARGE, "Body exceeds " + this.verifier.maxBodySize() + " bytes");
		}
		WebhookVerificationResult result = this.verifier.verify(body, signature);
		if (!result.isVerified()) {
			return switch (result) {
				case TOO_LARGE ->
					refuse(HttpStatus.CONTENT_TOO_LARGE, "Body exceeds " + this.verifier.maxBodySize() + " bytes");
				case MISSING_SIGNATURE -> refuse(HttpStatus.UNAUTHORIZED, "No v1 signature");
				default -> refuse(HttpStatus.UNAUTHORIZED, "Signature mismatch");
			};
		}
		WebhookEvent event;
		try {
			event = this.parser.parse(body);
		}
		catch (WebhookParseException ex) {
			return refuse(HttpStatus.BAD_REQUEST, String.valueOf(ex.getMessage()));
		}
		return accept(event, request.headers().firstHeader(WebhookHeaders.WEBHOOK_ID));
	}

	private ServerResponse accept(WebhookEvent event, @Nullable String webhookId) {
		List<String> ids = deliveryIds(event, webhookId);
		if (!this.deliveries.markIfNew(ids)) {
			this.onDuplicate.run();
			logger.debug("Duplicate PagerDuty webhook delivery {} of event {} ignored", webhookId, event.id());
			return ServerResponse.accepted().build();
		}
		if (!this.dispatcher.dispatch(event, webhookId)) {
			this.deliveries.forget(ids);
			return refuse(HttpStatus.TOO_MANY_REQUESTS, "Handler queue is full; retry later");
		}
		return ServerResponse.accepted().build();
	}

	private static List<String> deliveryIds(WebhookEvent event, @Nullable String webhookId) {
		List<String> ids = new ArrayList<>(2);
		ids.add("event:" + event.id());
		if (webhookId != null && !webhookId.isBlank()) {
			ids.add("delivery:" + webhookId.strip());
		}
		return ids;
	}

	private static ServerResponse refuse(HttpStatus status, String reason) {
		logger.debug("PagerDuty webhook delivery refused with {}: {}", status.value(), reason);
		return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
	}

}
