package io.pdkit.integrations.internal;

import java.util.Map;

import io.pdkit.core.AuthMethod;
import io.pdkit.core.AuthType;
import io.pdkit.core.Secrets;

/**
 * The Jira Server integration's credentials: the access token as
 * {@code Authorization: Bearer} and the Jira signature token as
 * {@code x-pagerduty-jira-signature}. Both are request credentials, so a caller's headers
 * can never replace them and they never appear in logs.
 */
public final class JiraSignatureAuth implements AuthMethod {

	/** The header that carries the Jira signature token. */
	public static final String SIGNATURE_HEADER = "x-pagerduty-jira-signature";

	private final String signatureToken;

	/**
	 * Creates the method.
	 * @param signatureToken the Jira signature token
	 * @throws IllegalArgumentException naming {@code jiraSignatureToken} if it is null or
	 * blank
	 */
	public JiraSignatureAuth(String signatureToken) {
		if (signatureToken == null || signatureToken.isBlank()) {
			throw new IllegalArgumentException("jiraSignatureToken must not be null or blank");
		}
		this.signatureToken = signatureToken;
	}

	/**
	 * Returns the signature token, masked.
	 * @return {@code *} + its last four characters
	 */
	public String maskedSignatureToken() {
		return Secrets.mask(this.signatureToken);
	}

	@Override
	public Map<String, String> headers(String secret) {
		return Map.of("Authorization", AuthType.BEARER.headerValue(secret), SIGNATURE_HEADER, this.signatureToken);
	}

	@Override
	public Map<String, String> bodyParameters(String secret) {
		return Map.of();
	}

	@Override
	public String toString() {
		return "AuthMethod[bearer + " + SIGNATURE_HEADER + " " + maskedSignatureToken() + "]";
	}

}
