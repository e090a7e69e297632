package io.pdkit.cli;

import io.pdkit.events.EventAction;
import picocli.CommandLine.Command;

/**
 * {@code pagerduty acknowledge}: acknowledges the alert with a dedup key.
 */
@Command(name = "acknowledge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Acknowledges the alert with a deduplication key.")
final class AcknowledgeCommand extends AlertUpdateCommand {

	AcknowledgeCommand(CliEnvironment environment) {
		super(EventAction.ACKNOWLEDGE, "acknowledged", environment);
	}

}
