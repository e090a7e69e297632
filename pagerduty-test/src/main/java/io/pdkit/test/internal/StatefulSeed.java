package io.pdkit.test.internal;

/** What every account holds beside its users: the incident priorities. */
public final class StatefulSeed {

	private StatefulSeed() {
	}

	/** Adds the account-wide data of both seeds. */
	public static void seed(SimContext context) {
		PriorityRoutes.seed(context);
	}

}
