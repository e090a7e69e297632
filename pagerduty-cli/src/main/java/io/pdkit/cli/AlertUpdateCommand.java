package io.pdkit.cli;

import java.util.concurrent.Callable;

import io.pdkit.events.EventAction;
import io.pdkit.events.EventsApiV2Client;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code pagerduty acknowledge} and {@code pagerduty resolve} share: both name an
 * alert by its dedup key.
 */
abstract class AlertUpdateCommand implements Callable<Integer> {

	private final EventAction action;

	private final String pastTense;

	private final CliEnvironment environment;

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionOptions connection = new ConnectionOptions();

	@Option(names = { "-i", "--dedup-key" }, paramLabel = "KEY",
			description = "Deduplication key of the alert, as printed by trigger (required).")
	@Nullable String dedupKey;

	AlertUpdateCommand(EventAction action, String pastTense, CliEnvironment environment) {
		this.action = action;
		this.pastTense = pastTense;
		this.environment = environment;
	}

	@Override
	public Integer call() {
		if (this.dedupKey == null || this.dedupKey.isBlank()) {
			if (this.spec == null) {
				throw new IllegalStateException("picocli did not inject the command spec");
			}
			throw new ParameterException(this.spec.commandLine(),
					"-i/--dedup-key is required for " + this.action.value() + " action");
		}
		try (EventsApiV2Client client = this.connection.open(this.environment)) {
			String key = (this.action == EventAction.ACKNOWLEDGE) ? client.acknowledge(this.dedupKey)
					: client.resolve(this.dedupKey);
			this.environment.out().println("Alert " + this.pastTense + " successfully. Deduplication key: " + key);
		}
		return 0;
	}

}
