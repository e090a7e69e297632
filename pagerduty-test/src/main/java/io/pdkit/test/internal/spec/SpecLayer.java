package io.pdkit.test.internal.spec;

import java.util.Optional;

import io.pdkit.test.internal.SimContext;
import io.pdkit.test.internal.SimRequest;
import io.pdkit.test.internal.SimResponse;
import org.jspecify.annotations.Nullable;

/**
 * The spec-derived part of the simulator's pipeline: finds a request's operation,
 * validates the request, and answers operations that no stateful route serves. The table
 * and schemas load on first use.
 */
public final class SpecLayer {

	/** The IRI the derived table is known by to the schema validator. */
	public static final String TABLE_IRI = "https://pdkit.io/simulator/rest-operations.json";

	private final SpecStore store = new SpecStore();

	private volatile @Nullable Loaded loaded;

	private record Loaded(OperationTable table, RequestValidator validator, SpecResources resources) {
	}

	/** The operation a REST request addresses, if the spec has one. */
	public Optional<OperationTable.Match> find(String method, String path) {
		return loaded().table().find(method, path);
	}

	/** Whether some operation of another method serves the path. */
	public boolean knowsPath(String path) {
		return loaded().table().knowsPath(path);
	}

	/**
	 * Validates a request against its operation, throwing PagerDuty's 400 when it is
	 * invalid.
	 */
	public void validate(OperationTable.Match match, SimRequest request) {
		loaded().validator().check(match.operation(), request, match.params());
	}

	/** Answers from the spec-driven store; callers hold the simulator's lock. */
	public SimResponse answer(OperationTable.Match match, SimRequest request, SimContext context) {
		return loaded().resources().handle(match.operation(), match.params(), request, context);
	}

	/**
	 * Forgets what the spec-driven operations stored; callers hold the simulator's lock.
	 */
	public void clear() {
		store.clear();
	}

	private Loaded loaded() {
		Loaded current = loaded;
		if (current == null) {
			synchronized (this) {
				current = loaded;
				if (current == null) {
					OperationTable table = OperationTable.shipped();
					SpecSchemas schemas = SpecSchemas.of(TABLE_IRI, table.text(), table.document());
					current = new Loaded(table, new RequestValidator(TABLE_IRI, table.document()),
							new SpecResources(store, table, schemas));
					loaded = current;
				}
			}
		}
		return current;
	}

}
