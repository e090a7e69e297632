package io.pdkit.test.internal.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

import io.pdkit.test.internal.Json;
import tools.jackson.databind.JsonNode;

/**
 * The 465 operations of PagerDuty's REST API v2, read once from the derived table that
 * {@code scripts/generate-simulator-data.py} writes, with their shared component schemas.
 */
public final class OperationTable {

	/** Where the derived table lives on the class path. */
	public static final String RESOURCE = "/io/pdkit/test/rest-operations.json.gz";

	/** A matched operation and the values of its path parameters. */
	public record Match(Operation operation, Map<String, String> params) {
	}

	private final String text;

	private final JsonNode document;

	private final List<Operation> operations;

	private OperationTable(String text) {
		this.text = text;
		this.document = Json.parse(text);
		List<Operation> list = new ArrayList<>();
		JsonNode ops = document.path("operations");
		for (int i = 0; i < ops.size(); i++) {
			list.add(OperationReader.read(i, ops.get(i)));
		}
		this.operations = List.copyOf(list);
	}

	/** The table shipped with the simulator, loaded on first use. */
	public static OperationTable shipped() {
		return Holder.TABLE;
	}

	/** Every operation, in the spec's order. */
	public List<Operation> operations() {
		return operations;
	}

	/** The whole derived document ({@code components} and {@code operations}). */
	public JsonNode document() {
		return document;
	}

	/** The derived document as JSON text, as the schema validator loads it. */
	public String text() {
		return text;
	}

	/**
	 * Finds the operation for a method and concrete path; literal segments win over
	 * parameters, the earliest literal first ({@code /users/me} before
	 * {@code /users/{id}}).
	 */
	public Optional<Match> find(String method, String path) {
		List<String> actual = segments(path);
		Operation best = null;
		Map<String, String> bestParams = null;
		long bestScore = -1;
		for (Operation operation : operations) {
			if (!operation.method().equals(method)) {
				continue;
			}
			Map<String, String> params = match(operation.segments(), actual);
			if (params == null) {
				continue;
			}
			long score = score(operation.segments());
			if (score > bestScore) {
				best = operation;
				bestParams = params;
				bestScore = score;
			}
		}
		return best == null ? Optional.empty() : Optional.of(new Match(best, Map.copyOf(bestParams)));
	}

	/** Whether any operation, of any method, has a template matching the path. */
	public boolean knowsPath(String path) {
		List<String> actual = segments(path);
		return operations.stream().anyMatch(op -> match(op.segments(), actual) != null);
	}

	private static long score(List<String> template) {
		long score = 0;
		for (String segment : template) {
			score = score * 2 + (isParam(segment) ? 0 : 1);
		}
		return score;
	}

	private static @Nullable Map<String, String> match(List<String> template, List<String> actual) {
		if (template.size() != actual.size()) {
			return null;
		}
		Map<String, String> params = new HashMap<>();
		for (int i = 0; i < template.size(); i++) {
			String want = template.get(i);
			String got = actual.get(i);
			if (isParam(want)) {
				if (got.isEmpty()) {
					return null;
				}
				params.put(want.substring(1, want.length() - 1), got);
			}
			else if (!want.equals(got)) {
				return null;
			}
		}
		return params;
	}

	private static boolean isParam(String segment) {
		return segment.startsWith("{") && segment.endsWith("}");
	}

	static List<String> segments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return List.of(trimmed.split("/", -1));
	}

	/** Reads the shipped table. */
	static OperationTable load() {
		try (InputStream raw = OperationTable.class.getResourceAsStream(RESOURCE)) {
			if (raw == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
				return new OperationTable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class Holder {

		static final OperationTable TABLE = load();

	}

	static Map<String, @Nullable JsonNode> responses(JsonNode node) {
		Map<String, @Nullable JsonNode> responses = new LinkedHashMap<>();
		node.properties().forEach(e -> responses.put(e.getKey(), e.getValue().isNull() ? null : e.getValue()));
		return responses;
	}

}
