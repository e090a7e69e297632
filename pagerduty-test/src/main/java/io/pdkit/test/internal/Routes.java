package io.pdkit.test.internal;

/**
 * The simulator's route table: every REST API v2 and Events API v2 endpoint it serves.
 */
public final class Routes {

	private Routes() {
	}

	/** A router with every supported endpoint. */
	public static Router all() {
		Router router = new Router();
		AbilityRoutes.register(router);
		UserRoutes.register(router);
		UserAdminRoutes.register(router);
		ContactRoutes.register(router);
		TeamRoutes.register(router);
		ScheduleRoutes.register(router);
		PriorityRoutes.register(router);
		MaintenanceWindowRoutes.register(router);
		TagRoutes.register(router);
		IncidentActionRoutes.register(router);
		DirectoryRoutes.register(router);
		PolicyRoutes.register(router);
		ServiceRoutes.register(router);
		IncidentRoutes.register(router);
		NoteRoutes.register(router);
		LogEntryRoutes.register(router);
		ChangeEvents.register(router);
		AuditRoutes.register(router);
		OncallRoutes.register(router);
		EventRoutes.register(router);
		return router;
	}

}
