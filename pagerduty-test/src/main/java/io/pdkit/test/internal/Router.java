package io.pdkit.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the route for a method and path; literal segments win over parameters
 * ({@code /users/me}).
 */
public final class Router {

	/** A matched route and its path parameters. */
	public record Match(Route route, Map<String, String> params) {
	}

	private final List<Route> routes = new ArrayList<>();

	/** Adds a REST API v2 route. */
	public Router rest(String method, String template, Handler handler) {
		routes.add(new Route(method, template, Route.Api.REST, handler));
		return this;
	}

	/** Adds an Events API v2 route. */
	public Router events(String method, String template, Handler handler) {
		routes.add(new Route(method, template, Route.Api.EVENTS, handler));
		return this;
	}

	/** Adds an identity-service (OAuth) route. */
	public Router identity(String method, String template, Handler handler) {
		routes.add(new Route(method, template, Route.Api.IDENTITY, handler));
		return this;
	}

	/** Finds the route for a request, empty when no route serves this method and path. */
	public Optional<Match> lookup(String method, String path) {
		Match best = null;
		for (Route route : routes) {
			if (!route.method().equals(method)) {
				continue;
			}
			Optional<Map<String, String>> params = route.match(path);
			if (params.isPresent() && (best == null || params.get().size() < best.params().size())) {
				best = new Match(route, params.get());
			}
		}
		return Optional.ofNullable(best);
	}

	/** Whether any route, of any method, serves the path. */
	public boolean knowsPath(String path) {
		return routes.stream().anyMatch(r -> r.match(path).isPresent());
	}

	/**
	 * Whether any route serves this path outside the REST API, so that it needs no API
	 * key.
	 */
	public boolean isUnauthenticatedPath(String path) {
		return routes.stream().anyMatch(r -> r.api() != Route.Api.REST && r.match(path).isPresent());
	}

}
