package io.pdkit.rest.internal;

import java.util.ArrayList;
import java.util.List;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.PagerDutyServerException;
import io.pdkit.core.internal.ErrorMessages;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a request entity under its wrapper key and takes a response entity out of it.
 */
public final class EntityWrapping {

	private static final int KEYS_SHOWN = 100;

	private EntityWrapping() {
	}

	/**
	 * Wraps a request body unless it is already wrapped: an object that has the wrapper
	 * key, or an array that contains the wrapper name as a string, is sent as it is;
	 * anything else goes under the key.
	 * @param body the caller's body (never changed)
	 * @param wrapper the request wrapper, or {@code null}
	 * @param mapper converts the body to JSON
	 * @return the body to send
	 */
	public static JsonNode wrap(Object body, @Nullable String wrapper, JsonMapper mapper) {
		JsonNode tree = (body instanceof JsonNode node) ? node.deepCopy() : mapper.valueToTree(body);
		if (wrapper == null || alreadyWrapped(tree, wrapper)) {
			return tree;
		}
		ObjectNode wrapped = mapper.createObjectNode();
		wrapped.set(wrapper, tree);
		return wrapped;
	}

	private static boolean alreadyWrapped(JsonNode tree, String wrapper) {
		if (tree instanceof ObjectNode object) {
			return object.has(wrapper);
		}
		if (tree instanceof ArrayNode array) {
			for (JsonNode element : array) {
				if (element.isString() && element.stringValue().equals(wrapper)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Returns the entity of a successful response.
	 * @param response the response
	 * @param wrapper the response wrapper, or {@code null} for the whole body
	 * @return the entity ({@code NullNode} for an empty unwrapped body)
	 * @throws PagerDutyServerException if the body is not an object with the wrapper key
	 */
	public static JsonNode unwrap(ApiResponse response, @Nullable String wrapper) {
		return unwrap(response, response.json(), wrapper);
	}

	/**
	 * Returns the entity of a successful response whose body was already decoded.
	 * @param response the response, named in messages
	 * @param body its decoded body
	 * @param wrapper the response wrapper, or {@code null} for the whole body
	 * @return the entity
	 * @throws PagerDutyServerException if the body is not an object with the wrapper key
	 */
	public static JsonNode unwrap(ApiResponse response, JsonNode body, @Nullable String wrapper) {
		if (wrapper == null) {
			return body;
		}
		if (!body.isObject()) {
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"expected the body to be a JSON object with a key \"" + wrapper + "\", but its type is "
							+ body.getNodeType().name().toLowerCase(java.util.Locale.ROOT)),
					response);
		}
		if (!body.has(wrapper)) {
			List<String> keys = new ArrayList<>(body.propertyNames());
			List<String> shown = keys.subList(0, Math.min(KEYS_SHOWN, keys.size()));
			throw new PagerDutyServerException(ErrorMessages.unexpectedBody(response,
					"expected the body to be a JSON object with a key \"" + wrapper + "\", but its keys are: " + shown),
					response);
		}
		return body.get(wrapper);
	}

}
