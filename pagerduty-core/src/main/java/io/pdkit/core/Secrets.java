package io.pdkit.core;

import org.jspecify.annotations.Nullable;

/**
 * Masks secrets for display: only {@code *} followed by the last four characters is ever
 * shown.
 *
 * <pre>{@code
 * Secrets.mask("u+abcdefgh1234"); // "*1234"
 * }</pre>
 */
public final class Secrets {

	private static final int SHOWN = 4;

	private static final int SHORTEST_PARTLY_SHOWN = 8;

	private Secrets() {
	}

	/**
	 * Masks a secret as {@code *} + its last four characters. Secrets shorter than eight
	 * characters are masked entirely ({@code ****}) so that a short secret is never shown
	 * whole.
	 * @param secret the secret, may be {@code null}
	 * @return the masked form, {@code ""} for {@code null}
	 */
	public static String mask(@Nullable String secret) {
		if (secret == null) {
			return "";
		}
		if (secret.length() < SHORTEST_PARTLY_SHOWN) {
			return "****";
		}
		return "*" + secret.substring(secret.length() - SHOWN);
	}

}
