package io.pdkit.cli;

import io.pdkit.core.Pdkit;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints pdkit's version for {@code --version}.
 */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "pagerduty (pdkit) " + Pdkit.version(),
				"Java " + System.getProperty("java.version", "unknown") };
	}

}
