package io.pdkit.test.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * Calls every operation of the derived table once through {@link RestApiV2Client}. Path
 * parameters name objects the walk created through the same API (listed ones when the
 * collection cannot be created); an operation that changes or deletes one object works on
 * a fresh one, so that no call spoils the preconditions of another. Bodies are sampled
 * from the request schema, their references pointed at real objects, and a few operations
 * get the preconditions PagerDuty demands arranged first (see {@link WalkArrangements}).
 */
final class SpecWalk {

	/** One call: the operation, the concrete path and what came back. */
	record Call(Operation operation, String path, ApiResponse response) {
	}

	private final RestApiV2Client client;

	private final OperationTable table;

	private final SchemaSampler sampler;

	private final WalkArrangements arrangements;

	private final Map<String, String> ids = new HashMap<>();

	private final Map<String, String> types = new HashMap<>();

	private final Set<String> creating = new HashSet<>();

	private int samples;

	SpecWalk(RestApiV2Client client, OperationTable table) {
		this.client = client;
		this.table = table;
		this.sampler = new SchemaSampler(table.document());
		this.arrangements = new WalkArrangements(client, this);
	}

	/** Walks every operation, deletes last. */
	List<Call> walkAll() {
		List<Operation> ordered = new ArrayList<>();
		table.operations().stream().filter(op -> !op.method().equals("DELETE")).forEach(ordered::add);
		table.operations().stream().filter(op -> op.method().equals("DELETE")).forEach(ordered::add);
		List<Call> calls = new ArrayList<>();
		for (Operation operation : ordered) {
			calls.add(call(operation, fill(operation)));
		}
		return calls;
	}

	private Call call(Operation operation, String path) {
		RequestOptions.Builder options = RequestOptions.builder();
		for (Parameter parameter : operation.parameters()) {
			if (!parameter.inPath() && parameter.required()) {
				options.queryParam(parameter.name() + (parameter.array() ? "[]" : ""), value(parameter));
			}
		}
		Operation.RequestBody body = operation.request();
		if (body != null && body.json()) {
			samples++;
			JsonNode sample = sampler.sample(body.schema(),
					new SchemaSampler.Seed("PWALK" + samples, "https://example.com/x", "https://example.com/x", true));
			pointReferencesAtRealObjects(sample, path);
			uniqueNames(sample, " " + samples);
			arrangements.body(operation, path, sample);
			options.body(sample);
		}
		arrangements.before(operation, path);
		ApiResponse response = client.request(operation.method(), path, options.build());
		return new Call(operation, path, response);
	}

	/**
	 * Creates a fresh object in {@code collection} through its POST operation, when it
	 * has one.
	 */
	Optional<String> created(String collection) {
		Optional<OperationTable.Match> create = table.find("POST", collection);
		if (!isCollection("POST", collection) || !creating.add(collection)) {
			return Optional.empty();
		}
		try {
			Call call = call(create.get().operation(), collection);
			return call.response().isSuccess() ? firstId(call.response().json()) : Optional.empty();
		}
		finally {
			creating.remove(collection);
		}
	}

	/**
	 * Gives each reference in a body the id of an existing object of its type: one under
	 * the request's own path when the type names a collection there ({@code alerts} of an
	 * incident, {@code contact_methods} of a user), else one of the top-level collection.
	 */
	private void pointReferencesAtRealObjects(JsonNode node, String path) {
		if (node instanceof ObjectNode object && object.path("type").isString() && object.has("id")) {
			String type = object.path("type").asString();
			boolean reference = type.endsWith("_reference");
			String singular = reference ? type.substring(0, type.length() - "_reference".length()) : type;
			for (String collection : collections(singular, path)) {
				Optional<String> id = Optional.ofNullable(ids.get(collection)).or(() -> sharedId(collection));
				if (id.isPresent()) {
					object.put("id", id.get());
					String listedType = types.get(collection);
					if (reference && listedType != null && !listedType.endsWith("_reference")) {
						object.put("type", listedType + "_reference");
					}
					break;
				}
			}
		}
		node.forEach(child -> pointReferencesAtRealObjects(child, path));
	}

	/**
	 * Names, labels and addresses are unique per account or user for many objects: each
	 * sample gets its own.
	 */
	private static void uniqueNames(JsonNode node, String suffix) {
		if (node instanceof ObjectNode object) {
			for (String field : List.of("name", "label", "address")) {
				if (object.path(field).isString() && object.path(field).asString().startsWith("Sample ")) {
					object.put(field, object.path(field).asString() + suffix);
				}
			}
		}
		node.forEach(child -> uniqueNames(child, suffix));
	}

	private List<String> collections(String singular, String path) {
		List<String> names = new ArrayList<>();
		String name = singular;
		while (!name.isEmpty()) {
			names.add(name.endsWith("y") ? name.substring(0, name.length() - 1) + "ies" : name + "s");
			int underscore = name.indexOf('_');
			name = underscore < 0 ? "" : name.substring(underscore + 1);
		}
		List<String> candidates = new ArrayList<>();
		for (String plural : names) {
			String prefix = path;
			while (!prefix.isEmpty()) {
				if (prefix.endsWith("/" + plural)) {
					candidates.add(prefix);
				}
				else {
					candidates.add(prefix + "/" + plural);
				}
				prefix = prefix.substring(0, prefix.lastIndexOf('/'));
			}
			candidates.add("/" + plural);
		}
		return candidates.stream().distinct().filter(c -> isCollection("GET", c) || isCollection("POST", c)).toList();
	}

	/**
	 * Whether an operation serves {@code path} itself, not an object of a collection
	 * ({@code /extensions/{id}}).
	 */
	private boolean isCollection(String method, String path) {
		return table.find(method, path).filter(m -> !m.operation().path().endsWith("}")).isPresent();
	}

	private String fill(Operation operation) {
		List<String> segments = operation.segments();
		long params = segments.stream().filter(s -> s.startsWith("{")).count();
		boolean fresh = !operation.method().equals("GET") && params == 1;
		boolean freshLast = operation.method().equals("DELETE") && params > 1;
		int seen = 0;
		StringBuilder concrete = new StringBuilder();
		for (String segment : segments) {
			if (segment.startsWith("{")) {
				String name = segment.substring(1, segment.length() - 1);
				Parameter parameter = operation.parameters()
					.stream()
					.filter(p -> p.name().equals(name))
					.findFirst()
					.orElse(null);
				String collection = concrete.toString();
				seen++;
				boolean createHere = fresh || freshLast && seen == params;
				String value = parameter != null && !parameter.allowed().isEmpty() ? parameter.allowed().get(0)
						: createHere ? created(collection).orElseGet(() -> idUnder(collection, name))
								: idUnder(collection, name);
				concrete.append('/').append(value);
			}
			else {
				concrete.append('/').append(segment);
			}
		}
		return concrete.toString();
	}

	/**
	 * The id the walk shares for objects of {@code collection}: one it created, else one
	 * it listed.
	 */
	String idUnder(String collection, String parameterName) {
		String known = ids.get(collection);
		if (known != null) {
			return known;
		}
		Optional<String> id = sharedId(collection);
		if (id.isEmpty() && parameterName.endsWith("_id") && !parameterName.equals("id")) {
			String owner = "/" + plural(parameterName.substring(0, parameterName.length() - "_id".length()));
			id = Optional.ofNullable(ids.get(owner)).or(() -> sharedId(owner));
		}
		return id.orElse(SchemaSampler.derivedId(collection, "walk"));
	}

	private Optional<String> sharedId(String collection) {
		Optional<String> id = created(collection).or(() -> listedId(collection));
		id.ifPresent(value -> ids.put(collection, value));
		return id;
	}

	private Optional<String> listedId(String collection) {
		if (!isCollection("GET", collection)) {
			return Optional.empty();
		}
		ApiResponse response = client.request("GET", collection, RequestOptions.none());
		if (!response.isSuccess()) {
			return Optional.empty();
		}
		for (JsonNode value : response.json()) {
			JsonNode first = value.isArray() ? value.path(0) : value;
			if (value.isArray() && first.isString()) {
				return Optional.of(first.asString());
			}
			if (first.path("id").isString()) {
				if (first.path("type").isString()) {
					types.put(collection, first.path("type").asString());
				}
				return Optional.of(first.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/**
	 * The first {@code id} in a created-object answer: the wrapped entity, or the first
	 * of a list of results.
	 */
	static Optional<String> firstId(JsonNode body) {
		if (body.path("id").isString()) {
			return Optional.of(body.path("id").asString());
		}
		for (JsonNode value : body) {
			JsonNode candidate = value.isArray() ? value.path(0) : value;
			if (candidate.path("id").isString()) {
				return Optional.of(candidate.path("id").asString());
			}
			for (JsonNode inner : candidate) {
				if (inner.path("id").isString()) {
					return Optional.of(inner.path("id").asString());
				}
			}
			if (candidate.isString()) {
				return Optional.of(candidate.asString());
			}
		}
		return Optional.empty();
	}

	private static String plural(String singular) {
		return singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
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
