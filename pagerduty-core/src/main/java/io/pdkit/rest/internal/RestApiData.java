package io.pdkit.rest.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.pdkit.core.internal.ResourceLines;

/**
 * The data a REST-style client needs about its API: canonical paths, the paths paginated
 * by cursor, the paths that hold historical records, and the entity wrappers.
 *
 * @param paths the canonical paths
 * @param cursorPaths canonical paths paginated with {@code cursor}
 * @param historicalPaths canonical paths that accept {@code since} and {@code until}
 * @param wrappers the entity wrappers
 * @param listParameters the list query parameters the spec names without brackets
 */
public record RestApiData(CanonicalPaths paths, Set<String> cursorPaths, Set<String> historicalPaths,
		WrapperTable wrappers, ListParameters listParameters) {

	private static final String REST_V2 = "io/pdkit/rest/";

	private static final Map<CanonicalPaths, RestEndpoints> ENDPOINTS = new ConcurrentHashMap<>();

	/**
	 * Copies the sets.
	 */
	public RestApiData {
		cursorPaths = Set.copyOf(cursorPaths);
		historicalPaths = Set.copyOf(historicalPaths);
	}

	/**
	 * Creates data without list parameter declarations (every list parameter gets
	 * {@code []}).
	 * @param paths the canonical paths
	 * @param cursorPaths canonical paths paginated with {@code cursor}
	 * @param historicalPaths canonical paths that accept {@code since} and {@code until}
	 * @param wrappers the entity wrappers
	 */
	public RestApiData(CanonicalPaths paths, Set<String> cursorPaths, Set<String> historicalPaths,
			WrapperTable wrappers) {
		this(paths, cursorPaths, historicalPaths, wrappers, ListParameters.none());
	}

	/**
	 * Returns the data of PagerDuty's REST API v2, generated from its OpenAPI spec.
	 * @return the data
	 */
	public static RestApiData restApiV2() {
		return RestApiV2.DATA;
	}

	/**
	 * Returns the endpoint index of this data set, built once and shared by every client
	 * that uses it.
	 * @return the index
	 */
	public RestEndpoints endpoints() {
		return ENDPOINTS.computeIfAbsent(this.paths, key -> new RestEndpoints(this.paths, this.wrappers));
	}

	/**
	 * Loads the generated files {@code canonical-paths.txt}, {@code cursor-paths.txt},
	 * {@code historical-paths.txt}, {@code entity-wrappers.tsv} and, if present,
	 * {@code list-parameters.tsv} from a class path folder.
	 * @param folder the folder, ending in {@code /}
	 * @return the data
	 */
	public static RestApiData load(String folder) {
		List<String> paths = ResourceLines.read(folder + "canonical-paths.txt");
		return new RestApiData(new CanonicalPaths(paths), Set.copyOf(ResourceLines.read(folder + "cursor-paths.txt")),
				Set.copyOf(ResourceLines.read(folder + "historical-paths.txt")),
				WrapperTable.parse(ResourceLines.read(folder + "entity-wrappers.tsv")),
				ListParameters.parse(ResourceLines.readIfPresent(folder + "list-parameters.tsv")));
	}

	private static final class RestApiV2 {

		static final RestApiData DATA = load(REST_V2);

	}

}
