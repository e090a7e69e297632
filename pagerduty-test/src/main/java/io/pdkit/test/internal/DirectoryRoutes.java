package io.pdkit.test.internal;

/** {@code /teams}, {@code /escalation_policies} and {@code /schedules}: list and get. */
final class DirectoryRoutes {

    private DirectoryRoutes() {
    }

    static void register(Router router) {
        router.rest("GET", "/teams", Entities.list(s -> s.teams, "teams"))
                .rest("GET", "/teams/{id}", Entities.get(s -> s.teams, "team"))
                .rest("GET", "/escalation_policies", Entities.list(s -> s.escalationPolicies, "escalation_policies"))
                .rest("GET", "/escalation_policies/{id}", Entities.get(s -> s.escalationPolicies, "escalation_policy"))
                .rest("GET", "/schedules", Entities.list(s -> s.schedules, "schedules"))
                .rest("GET", "/schedules/{id}", Entities.get(s -> s.schedules, "schedule"));
    }
}
