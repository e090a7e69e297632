package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Turns one entry of the derived table into an {@link Operation}. */
final class OperationReader {

	private OperationReader() {
	}

	static Operation read(int index, JsonNode node) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode p : node.path("parameters")) {
			List<String> allowed = new ArrayList<>();
			p.path("enum").forEach(v -> allowed.add(v.asString()));
			parameters
				.add(new Parameter(p.path("name").asString(), p.path("in").asString(), p.path("required").asBoolean(),
						p.path("type").asString("string"), p.path("array").asBoolean(), List.copyOf(allowed)));
		}
		JsonNode request = node.path("request");
		Operation.RequestBody body = request.isObject()
				? new Operation.RequestBody(request.path("contentType").asString(),
						request.path("required").asBoolean(), request.path("schema"))
				: null;
		return new Operation(index, node.path("method").asString(), node.path("path").asString(),
				node.path("operationId").asString(""), List.copyOf(parameters), body,
				Collections.unmodifiableMap(OperationTable.responses(node.path("responses"))),
				node.path("pagination").asString("none"), text(node, "wrapper"), text(node, "requestWrapper"));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
