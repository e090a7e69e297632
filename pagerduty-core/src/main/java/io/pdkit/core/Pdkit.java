package io.pdkit.core;

import io.pdkit.core.internal.PdkitVersion;

/**
 * Facts about this pdkit build.
 *
 * <pre>{@code
 * System.out.println("pdkit " + Pdkit.version());
 * }</pre>
 */
public final class Pdkit {

	private Pdkit() {
	}

	/**
	 * The version of pdkit on the class path.
	 * @return the version, for example {@code 0.1.0}, or {@code 0.*.*} when it cannot be
	 * read
	 */
	public static String version() {
		return PdkitVersion.version();
	}

}
