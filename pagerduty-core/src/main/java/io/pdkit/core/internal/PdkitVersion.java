package io.pdkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of pdkit and the {@code User-Agent} its clients send.
 */
public final class PdkitVersion {

	/** The version used when the build's version resource is missing. */
	public static final String UNKNOWN_VERSION = "0.*.*";

	private static final String VERSION = load();

	private PdkitVersion() {
	}

	/**
	 * Returns pdkit's version, for example {@code 0.1.0-SNAPSHOT}.
	 * @return the version
	 */
	public static String version() {
		return VERSION;
	}

	/**
	 * Returns the {@code User-Agent} header value,
	 * {@code pdkit/<version> Java/<version>}.
	 * @return the user agent
	 */
	public static String userAgent() {
		return "pdkit/" + VERSION + " Java/" + System.getProperty("java.version", "unknown");
	}

	private static String load() {
		try (InputStream in = PdkitVersion.class.getResourceAsStream("pdkit.properties")) {
			if (in == null) {
				return UNKNOWN_VERSION;
			}
			Properties properties = new Properties();
			properties.load(in);
			String version = properties.getProperty("version", "");
			return (version.isBlank() || version.startsWith("${")) ? UNKNOWN_VERSION : version;
		}
		catch (IOException ex) {
			return UNKNOWN_VERSION;
		}
	}

}
