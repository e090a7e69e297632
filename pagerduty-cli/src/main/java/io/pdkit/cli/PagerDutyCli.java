package io.pdkit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code pagerduty} command: Events API v2 alerts and change events from the shell,
 * with python-pagerduty's commands and messages. Exit status 0 on success (the dedup key
 * is printed), 1 when PagerDuty refuses the event or cannot be reached, 2 on a usage
 * error.
 *
 * <pre>{@code
 * export PAGERDUTY_ROUTING_KEY=...
 * pagerduty trigger --description "Disk 99% full" --severity error
 * pagerduty resolve -i <dedup key>
 * pagerduty change --description "Deployed checkout v2.4.1" --link https://ci.example.com/builds/220
 * }</pre>
 */
@Command(name = "pagerduty", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Sends PagerDuty Events API v2 alerts and change events.", footerHeading = "%n",
		footer = { "Environment:", "  PAGERDUTY_ROUTING_KEY  routing key used when -k/--routing-key is not given", "",
				"Target:", "  Without --url, events go to PagerDuty's production Events API",
				"  (events.pagerduty.com," + " or events.eu.pagerduty.com with --region eu); -v prints the target.", "",
				"Exit status:", "  0  success; the deduplication key is printed",
				"  1  PagerDuty refused the event, or could not be reached", "  2  usage error" })
public final class PagerDutyCli implements Callable<Integer> {

	@Spec
	@Nullable CommandSpec spec;

	PagerDutyCli() {
	}

	/**
	 * Runs the command and exits with its status.
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/**
	 * Runs the command.
	 * @param args the command-line arguments, for example
	 * {@code trigger --description "Disk full"}
	 * @param env the environment variables ({@code PAGERDUTY_ROUTING_KEY})
	 * @param out where results go
	 * @param err where errors go
	 * @return the exit status: 0 success, 1 API or network error, 2 usage error
	 */
	public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		return run(args, CliEnvironment.of(env, out, err));
	}

	static int run(String[] args, CliEnvironment environment) {
		CommandLine commandLine = new CommandLine(new PagerDutyCli()).addSubcommand(new TriggerCommand(environment))
			.addSubcommand(new AcknowledgeCommand(environment))
			.addSubcommand(new ResolveCommand(environment))
			.addSubcommand(new ChangeCommand(environment));
		FailureReporter reporter = new FailureReporter(RoutingKeyRedactor.of(args, environment));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true)
			.setOut(writer(environment.out()))
			.setErr(writer(environment.err()))
			.setParameterExceptionHandler(reporter::usageError)
			.setExecutionExceptionHandler(reporter::executionFailure);
		int status = commandLine.execute(args);
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		return status;
	}

	@Override
	public Integer call() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		throw new ParameterException(this.spec.commandLine(),
				"Missing command: trigger, acknowledge, resolve or change");
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(stream, true);
	}

}
