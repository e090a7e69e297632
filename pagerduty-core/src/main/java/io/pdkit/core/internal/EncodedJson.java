package io.pdkit.core.internal;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON request body serialised once per call. The credential's body parameters (such as the Events API
 * {@code routing_key}) are merged into a JSON object on every attempt by adding them before its closing brace,
 * without serialising the body again; the bytes are those of the object with the parameters put last.
 */
public final class EncodedJson {

    private final byte[] bytes;

    private final boolean object;

    private final @Nullable ObjectNode source;

    private EncodedJson(byte[] bytes, boolean object, @Nullable ObjectNode source) {
        this.bytes = bytes;
        this.object = object;
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
        return new EncodedJson(mapper.writeValueAsBytes(body), source != null, source);
    }

    /**
     * Returns the bytes to send with the body parameters merged into the object (for a JSON object; any other
     * body is sent as it is). A parameter the object already has replaces that field in place.
     * @param parameters names and values of the credential's body parameters
     * @param mapper the client's mapper, which quotes the parameters
     * @return the bytes to send
     */
    public byte[] withParameters(Map<String, String> parameters, JsonMapper mapper) {
        if (parameters.isEmpty() || !this.object) {
            return this.bytes;
        }
        ObjectNode node = this.source;
        if (node != null && parameters.keySet().stream().anyMatch(node::has)) {
            ObjectNode copy = mapper.createObjectNode();
            copy.setAll(node);
            parameters.forEach(copy::put);
            return mapper.writeValueAsBytes(copy);
        }
        int close = lastNonSpace(this.bytes.length - 1);
        boolean empty = this.bytes[lastNonSpace(close - 1)] == '{';
        ByteArrayOutputStream out = new ByteArrayOutputStream(this.bytes.length + 64);
        out.write(this.bytes, 0, close);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!empty) {
                out.write(',');
            }
            out.writeBytes(mapper.writeValueAsBytes(parameter.getKey()));
            out.write(':');
            out.writeBytes(mapper.writeValueAsBytes(parameter.getValue()));
            empty = false;
        }
        out.write(this.bytes, close, this.bytes.length - close);
        return out.toByteArray();
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
