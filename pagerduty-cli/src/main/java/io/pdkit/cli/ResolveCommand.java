package io.pdkit.cli;

import io.pdkit.events.EventAction;
import picocli.CommandLine.Command;

/**
 * {@code pagerduty resolve}: resolves the alert with a dedup key.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Resolves the alert with a deduplication key.")
final class ResolveCommand extends AlertUpdateCommand {

	ResolveCommand(CliEnvironment environment) {
		super(EventAction.RESOLVE, "resolved", environment);
	}

}
