package io.pdkit.test.internal;

import tools.jackson.databind.node.ObjectNode;

/** Resolves the {@code From} header that PagerDuty requires on incident writes. */
public final class Requester {

	private Requester() {
	}

	/**
	 * The user named by the request's {@code From} header.
	 * @throws ApiError 400 when the header is missing or names no user of the account
	 */
	public static ObjectNode from(SimRequest request, SimContext context) {
		String from = request.header("From");
		if (from == null || from.isBlank()) {
			throw ApiError.invalidInput(
					"You must specify a user's email address in the \"From\" header" + " to perform this action");
		}
		return context.state()
			.userByEmail(from)
			.orElseThrow(() -> ApiError
				.invalidInput("The email address in the \"From\" header does not belong to a user of this account"));
	}

}
