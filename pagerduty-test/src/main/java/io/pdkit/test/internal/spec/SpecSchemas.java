package io.pdkit.test.internal.spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against schemas inside one OpenAPI 3.0 document (the derived table or
 * the spec itself) with networknt's JSON Schema validator, in its OpenAPI 3.0 dialect
 * ({@code nullable}, {@code readOnly}); {@code format} is an annotation, not an assertion
 * (as JSON Schema defines it), so {@code ada@pdkit.example} is an email. Each schema is
 * compiled on first use and kept; instances are thread-safe.
 */
public final class SpecSchemas {

	private final String iri;

	private final SchemaRegistry registry;

	private final ConcurrentMap<String, Schema> compiled = new ConcurrentHashMap<>();

	private static final Dialect DIALECT = Dialect.builder(Dialects.getOpenApi30())
		.keywords(Stream
			.of("openapi", "info", "servers", "paths", "components", "tags", "security", "externalDocs", "operations")
			.map(NonValidationKeyword::new)
			.toList())
		.build();

	private final JsonNode document;

	private volatile @Nullable Schema root;

	private SpecSchemas(String iri, String documentText, JsonNode document) {
		this.iri = iri;
		this.document = document;
		this.registry = SchemaRegistry.withDefaultDialect(DIALECT, builder -> builder.schemas(Map.of(iri, documentText))
			.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
	}

	/**
	 * Schemas of a document given as JSON text and as parsed, addressed by {@code iri}.
	 */
	public static SpecSchemas of(String iri, String documentText, JsonNode document) {
		return new SpecSchemas(iri, documentText, document);
	}

	/**
	 * Validates a request body against a request variant of the document (see
	 * {@code RequestSchemas}).
	 * @param pointer JSON pointer to the schema inside the document, such as
	 * {@code /operations/3/request/schema}
	 */
	public List<Error> validateRequest(String pointer, JsonNode instance) {
		return schema(pointer).validate(instance);
	}

	/** Validates a response body against the schema at {@code pointer}. */
	public List<Error> validateResponse(String pointer, JsonNode instance) {
		return schema(pointer).validate(instance);
	}

	private Schema schema(String pointer) {
		return compiled.computeIfAbsent(pointer, p -> {
			Schema schema = root().getSubSchema(fragment(p));
			schema.initializeValidators();
			return schema;
		});
	}

	private Schema root() {
		Schema current = root;
		if (current == null) {
			synchronized (this) {
				current = root;
				if (current == null) {
					current = registry.getSchema(SchemaLocation.of(iri), document);
					root = current;
				}
			}
		}
		return current;
	}

	private NodePath fragment(String pointer) {
		NodePath path = new NodePath(PathType.JSON_POINTER);
		JsonNode node = document;
		for (String raw : pointer.substring(1).split("/", -1)) {
			String token = raw.replace("~1", "/").replace("~0", "~");
			if (node.isArray()) {
				int index = Integer.parseInt(token);
				path = path.append(index);
				node = node.path(index);
			}
			else {
				path = path.append(token);
				node = node.path(token);
			}
		}
		return path;
	}

}
