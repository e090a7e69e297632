package io.pdkit.core;

/**
 * Why a client sends a request again.
 */
public enum RetryReason {

	/** PagerDuty answered 429 (rate limited). */
	RATE_LIMITED,

	/** The status has a retry budget in {@link RetrySettings#statuses()}. */
	STATUS,

	/** The request failed at the network level (connection refused, timeout, TLS…). */
	NETWORK_ERROR,

	/**
	 * PagerDuty answered 401 and the {@link CredentialSource} provided a refreshed
	 * credential.
	 */
	CREDENTIAL_REFRESH;

	/**
	 * Returns the lower-case name used in metric tags, for example {@code rate_limited}.
	 * @return the tag value
	 */
	public String tagValue() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
