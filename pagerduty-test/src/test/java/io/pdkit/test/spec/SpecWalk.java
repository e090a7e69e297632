package io.pdkit.test.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pdkit.core.ApiResponse;
import io.pdkit.core.RequestOptions;
import io.pdkit.rest.RestApiV2Client;
import io.pdkit.test.internal.spec.Operation;
import io.pdkit.test.internal.spec.OperationTable;
import io.pdkit.test.internal.spec.Parameter;
import io.pdkit.test.internal.spec.SchemaSampler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls every operation of the derived table once through {@link RestApiV2Client}, filling path parameters
 * with ids of objects listed or created first, query parameters the operation requires and a body sampled
 * from its request schema.
 */
final class SpecWalk {

    /** One call: the operation, the concrete path and what came back. */
    record Call(Operation operation, String path, ApiResponse response) {
    }

    private final RestApiV2Client client;
    private final OperationTable table;
    private final SchemaSampler sampler;
    private final Map<String, String> ids = new HashMap<>();

    SpecWalk(RestApiV2Client client, OperationTable table) {
        this.client = client;
        this.table = table;
        this.sampler = new SchemaSampler(table.document());
    }

    /** Walks every operation, deletes last. */
    List<Call> walkAll() {
        List<Operation> ordered = new ArrayList<>();
        table.operations().stream().filter(op -> !op.method().equals("DELETE")).forEach(ordered::add);
        table.operations().stream().filter(op -> op.method().equals("DELETE")).forEach(ordered::add);
        List<Call> calls = new ArrayList<>();
        for (Operation operation : ordered) {
            calls.add(call(operation));
        }
        return calls;
    }

    Call call(Operation operation) {
        String path = fill(operation);
        RequestOptions.Builder options = RequestOptions.builder();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.inPath() && parameter.required()) {
                options.queryParam(parameter.name() + (parameter.array() ? "[]" : ""), value(parameter));
            }
        }
        Operation.RequestBody body = operation.request();
        if (body != null && body.json()) {
            JsonNode sample = sampler.sample(body.schema(), new SchemaSampler.Seed("PWALK01", "https://example.com/x",
                    "https://example.com/x", true));
            pointReferencesAtRealObjects(sample);
            options.body(sample);
        }
        ApiResponse response = client.request(operation.method(), path, options.build());
        return new Call(operation, path, response);
    }

    /** Gives each {@code *_reference} in a body the id of an existing object of that type, when one is listed. */
    private void pointReferencesAtRealObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("type").isString() && object.has("id")) {
            String type = object.path("type").asString();
            String singular = type.endsWith("_reference") ? type.substring(0, type.length() - "_reference".length())
                    : type;
            String collection = "/" + (singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies"
                    : singular + "s");
            if (table.find("GET", collection).isPresent()) {
                String id = ids.computeIfAbsent(collection, key -> listedId(collection, collection)
                        .orElse(object.path("id").asString()));
                object.put("id", id);
            }
        }
        node.forEach(this::pointReferencesAtRealObjects);
    }

    private String fill(Operation operation) {
        List<String> segments = operation.segments();
        StringBuilder template = new StringBuilder();
        StringBuilder concrete = new StringBuilder();
        for (String segment : segments) {
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                Parameter parameter = operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                        .orElse(null);
                String value = parameter != null && !parameter.allowed().isEmpty() ? parameter.allowed().get(0)
                        : idUnder(template.toString(), concrete.toString());
                concrete.append('/').append(value);
            } else {
                concrete.append('/').append(segment);
            }
            template.append('/').append(segment);
        }
        return concrete.toString();
    }

    private String idUnder(String template, String concrete) {
        return ids.computeIfAbsent(concrete, key -> listedId(template, concrete)
                .or(() -> createdId(template, concrete))
                .orElse(SchemaSampler.derivedId(concrete, "walk")));
    }

    private Optional<String> listedId(String template, String concrete) {
        if (table.find("GET", concrete).isEmpty()) {
            return Optional.empty();
        }
        ApiResponse response = client.request("GET", concrete, RequestOptions.none());
        return response.isSuccess() ? firstId(response.json()) : Optional.empty();
    }

    private Optional<String> createdId(String template, String concrete) {
        Optional<OperationTable.Match> create = table.find("POST", concrete);
        if (create.isEmpty() || !create.get().operation().path().equals(template)) {
            return Optional.empty();
        }
        Call call = call(create.get().operation());
        return call.response().isSuccess() ? firstId(call.response().json()) : Optional.empty();
    }

    private static Optional<String> firstId(JsonNode body) {
        for (JsonNode value : body) {
            JsonNode candidate = value.isArray() ? value.path(0) : value;
            if (candidate.path("id").isString()) {
                return Optional.of(candidate.path("id").asString());
            }
            if (candidate.isString()) {
                return Optional.of(candidate.asString());
            }
        }
        return Optional.empty();
    }

    private static String value(Parameter parameter) {
        if (!parameter.allowed().isEmpty()) {
            return parameter.allowed().get(0);
        }
        String name = parameter.name();
        return switch (parameter.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> name.contains("since") || name.contains("until") || name.contains("start")
                    || name.contains("end") || name.contains("date") ? "2026-01-01T00:00:00Z" : "PWALK01";
        };
    }
}
