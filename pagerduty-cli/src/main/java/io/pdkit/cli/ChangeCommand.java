package io.pdkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.pdkit.events.ChangeEvent;
import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.Link;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pagerduty change}: sends a change event, such as a deploy.
 */
@Command(name = "change", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Sends a change event (a deploy, a configuration change); it never opens an incident.")
final class ChangeCommand implements Callable<Integer> {

	private final CliEnvironment environment;

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionOptions connection = new ConnectionOptions();

	@Option(names = "--description", paramLabel = "TEXT", description = "Summary of the change (required).")
	@Nullable String description;

	@Option(names = "--source", paramLabel = "TEXT",
			description = "Where the change happened (default: pagerduty.cli on <local host name>).")
	@Nullable String source;

	@Option(names = "--custom-detail", paramLabel = "KEY=VALUE", description = "A custom detail; repeatable.")
	Map<String, String> customDetails = new LinkedHashMap<>();

	@Option(names = "--link", paramLabel = "URL", description = "A link shown with the change; repeatable.")
	List<String> links = new ArrayList<>();

	ChangeCommand(CliEnvironment environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() {
		if (this.description == null) {
			if (this.spec == null) {
				throw new IllegalStateException("picocli did not inject the command spec");
			}
			throw new ParameterException(this.spec.commandLine(), "--description is required for change action");
		}
		ChangeEvent.Builder event = ChangeEvent.builder(this.description)
			.source((this.source != null) ? this.source : this.environment.defaultSource())
			.customDetails(this.customDetails);
		this.links.forEach(href -> event.link(Link.of(href)));
		ChangeEvent built = event.build();
		try (EventsApiV2Client client = this.connection.open(this.environment)) {
			client.sendChangeEvent(built);
			this.environment.out().println("Change event sent successfully.");
		}
		return 0;
	}

}
