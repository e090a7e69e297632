package io.pdkit.core;

import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The default convention of {@code pagerduty.client.requests}: low-cardinality keys
 * {@code api}, {@code method}, {@code endpoint} (canonical path or {@code UNKNOWN}),
 * {@code status} (or {@code IO_ERROR}) and {@code outcome}. Never an ID, a URL or a
 * secret.
 *
 * <pre>{@code
 * PagerDutyObservationConvention convention = new DefaultPagerDutyObservationConvention();
 * }</pre>
 */
public class DefaultPagerDutyObservationConvention implements PagerDutyObservationConvention {

	/** The observation (and timer) name. */
	public static final String NAME = "pagerduty.client.requests";

	/** The {@code status} value for attempts that failed at the network level. */
	public static final String IO_ERROR = "IO_ERROR";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(PagerDutyRequestContext context) {
		return "pagerduty " + context.api() + " " + context.method() + " " + context.endpoint();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(PagerDutyRequestContext context) {
		Integer status = context.status();
		return KeyValues.of("api", context.api(), "method", context.method(), "endpoint", context.endpoint(), "status",
				(status != null) ? String.valueOf(status) : IO_ERROR, "outcome", outcome(status));
	}

	/**
	 * Returns the outcome for a status, as Spring's HTTP client observations name it.
	 * @param status the status, or {@code null} for a network failure
	 * @return {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR},
	 * {@code REDIRECTION}, {@code INFORMATIONAL} or {@code UNKNOWN}
	 */
	protected String outcome(@Nullable Integer status) {
		if (status == null) {
			return "UNKNOWN";
		}
		if (status >= 500) {
			return "SERVER_ERROR";
		}
		if (status >= 400) {
			return "CLIENT_ERROR";
		}
		if (status >= 300) {
			return "REDIRECTION";
		}
		if (status >= 200) {
			return "SUCCESS";
		}
		return "INFORMATIONAL";
	}

}
