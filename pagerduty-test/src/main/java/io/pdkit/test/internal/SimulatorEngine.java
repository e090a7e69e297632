package io.pdkit.test.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.pdkit.test.Fault;
import io.pdkit.test.internal.spec.OperationTable;
import io.pdkit.test.internal.spec.SpecLayer;

/**
 * Answers parsed requests: applies queued faults and the rate limit, authenticates REST
 * calls, validates them against their spec operation, routes to a stateful handler (or,
 * failing one, to the spec-driven store) and runs it while holding the state's monitor.
 */
public final class SimulatorEngine {

	private static final Pattern PARAM = Pattern.compile("\\{[^}]*}");

	private final Router router = Routes.all();

	private final SpecLayer spec = new SpecLayer();

	private final SimulatorState state = new SimulatorState();

	private final SimContext context;

	private final Credentials credentials;

	private final OAuthTokens oauth;

	private final Consumer<SimContext> seed;

	private final RateLimiter rateLimiter;

	private final int initialRateLimit;

	private final Duration initialRateLimitWindow;

	private final FaultQueue faults = new FaultQueue();

	private final RequestJournal journal = new RequestJournal();

	/**
	 * An engine whose resources point at {@code links}, seeded by {@code seed}, accepting
	 * the API keys of {@code credentials} and the access tokens {@code oauth} issues.
	 * @param rateLimit requests allowed per {@code rateLimitWindow}
	 */
	public SimulatorEngine(Links links, Clock clock, Credentials credentials, OAuthTokens oauth,
			Consumer<SimContext> seed, int rateLimit, Duration rateLimitWindow) {
		this.context = new SimContext(state, links, clock, new WebhookDispatcher(clock));
		this.credentials = credentials;
		this.oauth = oauth;
		OAuthRoutes.register(router, oauth);
		this.seed = seed;
		this.rateLimiter = new RateLimiter(rateLimit, rateLimitWindow, clock);
		this.initialRateLimit = rateLimit;
		this.initialRateLimitWindow = rateLimitWindow;
		reset();
	}

	/** The sender of signed webhooks for incident transitions. */
	public WebhookDispatcher webhooks() {
		return context.webhooks();
	}

	/**
	 * Returns the state to its seed, the rate limit to its initial budget, and forgets
	 * faults and the journal.
	 */
	public void reset() {
		synchronized (state) {
			context.webhooks().mute(true);
			try {
				state.clear();
				spec.clear();
				seed.accept(context);
				StatefulSeed.seed(context);
			}
			finally {
				context.webhooks().mute(false);
			}
		}
		context.webhooks().clear();
		oauth.clear();
		faults.clear();
		journal.clear();
		rateLimiter.configure(initialRateLimit, initialRateLimitWindow);
	}

	/**
	 * Answers one request; an empty result means "close the connection without
	 * answering".
	 * @throws InterruptedException when interrupted during a queued delay
	 */
	public Optional<SimResponse> handle(SimRequest request) throws InterruptedException {
		Fault fault = faults.poll();
		if (fault instanceof Fault.DropConnection) {
			return Optional.empty();
		}
		if (fault instanceof Fault.Delay delay) {
			Thread.sleep(delay.delay().toMillis());
		}
		RateLimiter.Decision decision = rateLimiter.acquire();
		SimResponse response;
		if (!decision.allowed()) {
			response = ApiError.rateLimited().toResponse();
		}
		else if (fault instanceof Fault.Status status) {
			response = ApiError.ofStatus(status.status()).toResponse();
		}
		else {
			response = route(request);
		}
		Map<String, String> headers = new LinkedHashMap<>(response.headers());
		headers.put("ratelimit-limit", Integer.toString(decision.limit()));
		headers.put("ratelimit-remaining", Integer.toString(decision.remaining()));
		headers.put("ratelimit-reset", Long.toString(decision.resetSeconds()));
		return Optional.of(new SimResponse(response.status(), response.body(), Map.copyOf(headers)));
	}

	private SimResponse route(SimRequest request) {
		try {
			boolean unauthenticated = router.isUnauthenticatedPath(request.path());
			if (!unauthenticated) {
				RestChecks.check(request, credentials, oauth);
			}
			Optional<OperationTable.Match> operation = unauthenticated ? Optional.empty()
					: spec.find(request.method(), request.path());
			if (operation.isPresent()) {
				spec.validate(operation.get(), request);
			}
			Optional<Router.Match> match = router.lookup(request.method(), request.path())
				.filter(m -> operation.isEmpty()
						|| sameShape(m.route().template(), operation.get().operation().path()));
			synchronized (state) {
				if (match.isPresent()) {
					return match.get().route().handler().handle(request.withPathParams(match.get().params()), context);
				}
				if (operation.isPresent()) {
					return spec.answer(operation.get(), request.withPathParams(operation.get().params()), context);
				}
			}
			boolean known = router.knowsPath(request.path()) || !unauthenticated && spec.knowsPath(request.path());
			throw known ? ApiError.methodNotAllowed() : ApiError.notFound();
		}
		catch (ApiError e) {
			return e.toResponse();
		}
		catch (RuntimeException e) {
			return ApiError.simulatorFailure(e).toResponse();
		}
	}

	private static boolean sameShape(String routeTemplate, String operationTemplate) {
		return PARAM.matcher(routeTemplate).replaceAll("{}").equals(PARAM.matcher(operationTemplate).replaceAll("{}"));
	}

	/** Runs an action on the state while holding its monitor. */
	public <T> T withState(Function<SimulatorState, T> action) {
		synchronized (state) {
			return action.apply(state);
		}
	}

	/** The queued faults. */
	public FaultQueue faults() {
		return faults;
	}

	/** The request journal. */
	public RequestJournal journal() {
		return journal;
	}

	/** The rate limiter. */
	public RateLimiter rateLimiter() {
		return rateLimiter;
	}

}
