package io.pdkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.pdkit.events.EventsApiV2Client;
import io.pdkit.events.Link;
import io.pdkit.events.Severity;
import io.pdkit.events.TriggerEvent;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pagerduty trigger}: opens an alert and prints its dedup key.
 */
@Command(name = "trigger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Triggers an alert and prints its deduplication key.")
final class TriggerCommand implements Callable<Integer> {

	private final CliEnvironment environment;

	@Spec
	@Nullable CommandSpec spec;

	@Mixin
	ConnectionOptions connection = new ConnectionOptions();

	@Option(names = { "-i", "--dedup-key" }, paramLabel = "KEY",
			description = "Deduplication key (default: chosen by PagerDuty).")
	@Nullable String dedupKey;

	@Option(names = "--description", paramLabel = "TEXT", description = "Summary of the problem (required).")
	@Nullable String description;

	@Option(names = "--source", paramLabel = "TEXT",
			description = "Where the problem is (default: pagerduty.cli on <local host name>).")
	@Nullable String source;

	@Option(names = "--severity", paramLabel = "LEVEL", converter = SeverityConverter.class,
			description = "critical (default), error, warning or info.")
	Severity severity = Severity.CRITICAL;

	@Option(names = "--custom-detail", paramLabel = "KEY=VALUE", description = "A custom detail; repeatable.")
	Map<String, String> customDetails = new LinkedHashMap<>();

	@Option(names = "--link", paramLabel = "URL", description = "A link shown on the alert; repeatable.")
	List<String> links = new ArrayList<>();

	TriggerCommand(CliEnvironment environment) {
		this.environment = environment;
	}

	@Override
	public Integer call() {
		if (this.description == null) {
			throw new ParameterException(commandSpec().commandLine(), "--description is required for trigger action");
		}
		TriggerEvent.Builder event = TriggerEvent
			.builder(this.description, (this.source != null) ? this.source : this.environment.defaultSource())
			.severity(this.severity)
			.dedupKey(this.dedupKey)
			.customDetails(this.customDetails);
		this.links.forEach(href -> event.link(Link.of(href)));
		TriggerEvent built = event.build();
		try (EventsApiV2Client client = this.connection.open(this.environment)) {
			String key = client.trigger(built);
			this.environment.out().println("Alert triggered successfully. Deduplication key: " + key);
		}
		return 0;
	}

	private CommandSpec commandSpec() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return this.spec;
	}

	/**
	 * Reads {@code --severity} with {@link Severity#of(String)}.
	 */
	static final class SeverityConverter implements ITypeConverter<Severity> {

		@Override
		public Severity convert(String value) {
			try {
				return Severity.of(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

}
