package io.pdkit.test.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pdkit.test.internal.SimRequest;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's path and query parameters against an operation: required, enum
 * values and types.
 */
final class ParameterChecks {

	private ParameterChecks() {
	}

	/**
	 * The problems found, each naming the parameter; empty when the parameters are valid.
	 */
	static List<String> problems(Operation operation, SimRequest request, Map<String, String> pathParams) {
		List<String> problems = new ArrayList<>();
		for (Parameter parameter : operation.parameters()) {
			List<String> values = parameter.inPath()
					? (pathParams.containsKey(parameter.name()) ? List.of(pathParams.get(parameter.name())) : List.of())
					: request.queryList(parameter.name());
			if (values.isEmpty()) {
				if (parameter.required()) {
					problems.add(parameter.name() + " is required");
				}
				continue;
			}
			boolean array = parameter.array() || parameter.name().endsWith("[]");
			if (!array && values.size() > 1 && !parameter.inPath()) {
				problems.add(parameter.name() + " must be a single value");
			}
			for (String value : values) {
				String problem = problem(parameter, value);
				if (problem != null) {
					problems.add(problem);
					break;
				}
			}
		}
		return problems;
	}

	private static @Nullable String problem(Parameter parameter, String value) {
		if (!parameter.allowed().isEmpty() && !parameter.allowed().contains(value)) {
			return parameter.name() + " must be one of " + String.join(", ", parameter.allowed()) + " (got " + value
					+ ")";
		}
		boolean ok = switch (parameter.type()) {
			case "integer" -> value.matches("-?\\d{1,18}");
			case "number" -> value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
			case "boolean" -> value.equals("true") || value.equals("false");
			default -> true;
		};
		return ok ? null : parameter.name() + " must be " + article(parameter.type()) + " " + parameter.type()
				+ " (got " + value + ")";
	}

	private static String article(String type) {
		return type.startsWith("i") ? "an" : "a";
	}

}
