package io.pdkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body serialised once per call. The credential's body parameters (such as
 * the Events API {@code routing_key}) are merged into a JSON object on every attempt by
 * adding them before its closing brace, without serialising the body again; the bytes are
 * those of the object with the parameters put last.
 */
public final class EncodedJson {

	private final byte[] bytes;

	private final @Nullable ObjectNode source;

	private EncodedJson(byte[] bytes, @Nullable ObjectNode source) {
		this.bytes = bytes;
		this.source = source;
	}

	/**
	 * Serialises a body once.
	 * @param mapper the client's mapper
	 * @param body the body, never changed
	 * @return the encoded body
	 */
	public static EncodedJson of(JsonMapper mapper, JsonNode body) {
		ObjectNode source = (body instanceof ObjectNode node) ? node : null;
		return new EncodedJson(mapper.writeValueAsBytes(body), source);
	}

	/**
	 * Returns the bytes to send with the body parameters merged into the object (for a
	 * JSON object; any other body is sent as it is). A parameter the object already has
	 * replaces that field in place.
	 * @param parameters names and values of the credential's body parameters
	 * @param mapper the client's mapper, which quotes the parameters
	 * @return the bytes to send
	 */
	public byte[] withParameters(Map<String, String> parameters, JsonMapper mapper) {
		ObjectNode node = this.source;
		if (parameters.isEmpty() || node == null) {
			return this.bytes;
		}
		if (replacesField(node, parameters)) {
			ObjectNode copy = mapper.createObjectNode();
			copy.setAll(node);
			parameters.forEach(copy::put);
			return mapper.writeValueAsBytes(copy);
		}
		int close = lastNonSpace(this.bytes.length - 1);
		byte[] members = members(parameters, mapper, this.bytes[lastNonSpace(close - 1)] != '{');
		byte[] merged = new byte[this.bytes.length + members.length];
		System.arraycopy(this.bytes, 0, merged, 0, close);
		System.arraycopy(members, 0, merged, close, members.length);
		System.arraycopy(this.bytes, close, merged, close + members.length, this.bytes.length - close);
		return merged;
	}

	/**
	 * Returns the size of what {@link #withParameters(Map, JsonMapper)} sends, without
	 * copying the body.
	 * @param parameters names and values of the credential's body parameters
	 * @param mapper the client's mapper
	 * @return the size in bytes
	 */
	public int sizeWithParameters(Map<String, String> parameters, JsonMapper mapper) {
		ObjectNode node = this.source;
		if (parameters.isEmpty() || node == null || replacesField(node, parameters)) {
			return withParameters(parameters, mapper).length;
		}
		int close = lastNonSpace(this.bytes.length - 1);
		return this.bytes.length + members(parameters, mapper, this.bytes[lastNonSpace(close - 1)] != '{').length;
	}

	private static boolean replacesField(ObjectNode node, Map<String, String> parameters) {
		return parameters.keySet().stream().anyMatch(node::has);
	}

	private static byte[] members(Map<String, String> parameters, JsonMapper mapper, boolean leadingComma) {
		StringBuilder members = new StringBuilder(64);
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (leadingComma || members.length() > 0) {
				members.append(',');
			}
			quote(members, parameter.getKey(), mapper).append(':');
			quote(members, parameter.getValue(), mapper);
		}
		return members.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static StringBuilder quote(StringBuilder target, String text, JsonMapper mapper) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
				return target.append(mapper.writeValueAsString(text));
			}
		}
		return target.append('"').append(text).append('"');
	}

	private int lastNonSpace(int from) {
		int index = from;
		while (index > 0 && Character.isWhitespace(this.bytes[index])) {
			index--;
		}
		return index;
	}

	@Override
	public String toString() {
		return "EncodedJson[" + this.bytes.length + " bytes]";
	}

}
