package io.pdkit.test.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.pdkit.test.internal.Json;
import io.pdkit.test.internal.spec.Operation;
import io.pdkit.test.internal.spec.OperationTable;
import io.pdkit.test.internal.spec.SpecLayer;
import io.pdkit.test.internal.spec.SpecSchemas;
import tools.jackson.databind.JsonNode;

/**
 * The response schemas a body is checked against: the committed derived table's, or the
 * spec file's own.
 */
interface ResponseSchemas {

	/**
	 * The validation errors of a body answered with {@code status}, empty when valid or
	 * when no schema applies.
	 */
	List<String> errors(Operation operation, int status, JsonNode body);

	/** Schemas of the derived table shipped with the simulator. */
	static ResponseSchemas derived(OperationTable table) {
		SpecSchemas schemas = SpecSchemas.of(SpecLayer.TABLE_IRI, table.text(), table.document());
		return (operation, status, body) -> {
			if (!operation.responses().containsKey(Integer.toString(status))
					|| operation.responses().get(Integer.toString(status)) == null) {
				return List.of();
			}
			return schemas.validateResponse("/operations/" + operation.index() + "/responses/" + status, body)
				.stream()
				.map(Object::toString)
				.toList();
		};
	}

	/** Schemas of the spec file named by {@code -Dpdkit.spec.rest}, if given. */
	static Optional<ResponseSchemas> specFile() {
		String location = System.getProperty("pdkit.spec.rest");
		if (location == null || location.isBlank()) {
			return Optional.empty();
		}
		String text;
		try {
			text = Files.readString(Path.of(location));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		JsonNode spec = Json.parse(text);
		SpecSchemas schemas = SpecSchemas.of("https://pdkit.io/spec/REST.json", text, spec);
		return Optional.of((operation, status, body) -> {
			String pointer = "/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT)
					+ "/responses/" + status;
			JsonNode response = spec.at(pointer);
			if (response.has("$ref")) {
				pointer = response.get("$ref").asString().substring(1);
				response = spec.at(pointer);
			}
			if (response.isMissingNode() || !response.path("content").has("application/json")) {
				return List.of();
			}
			return schemas.validateResponse(pointer + "/content/application~1json/schema", body)
				.stream()
				.map(Object::toString)
				.toList();
		});
	}

	private static String escape(String path) {
		return path.replace("~", "~0").replace("/", "~1");
	}

}
