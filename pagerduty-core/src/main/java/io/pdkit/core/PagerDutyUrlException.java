package io.pdkit.core;

/**
 * A URL or path was refused before anything was sent: not under the client's base URL,
 * not {@code https} for a non-loopback host, matching no endpoint the client knows, or
 * not supporting the operation asked (python-pagerduty's {@code UrlError}).
 *
 * <pre>{@code
 * client.get("https://api.pagerduty.com.evil.example/users"); // throws PagerDutyUrlException
 * }</pre>
 */
public class PagerDutyUrlException extends PagerDutyException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the message
	 */
	public PagerDutyUrlException(String message) {
		super(message);
	}

}
