package io.pdkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pdkit.core.PagerDutyHttpException;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints failures on standard error as {@code Error: ...}, one line, with any routing key
 * masked, and chooses the exit status: 2 for usage errors and invalid input, 1 for
 * everything else.
 */
final class FailureReporter {

	static final int API_ERROR = 1;

	static final int USAGE_ERROR = 2;

	private static final Pattern RETRIES = Pattern.compile("maximum number of attempts \\((\\d+)\\)");

	private final RoutingKeyRedactor redactor;

	FailureReporter(RoutingKeyRedactor redactor) {
		this.redactor = redactor;
	}

	int usageError(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println(line(String.valueOf(ex.getMessage())));
		UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
		return USAGE_ERROR;
	}

	int executionFailure(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
		IOException network = networkCause(ex);
		err.println(line((network != null) ? networkMessage(message, network) : message));
		if (ex instanceof IllegalArgumentException) {
			err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
			return USAGE_ERROR;
		}
		return API_ERROR;
	}

	private static @Nullable IOException networkCause(Throwable ex) {
		if (ex instanceof PagerDutyHttpException) {
			return null;
		}
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof IOException io) {
				return io;
			}
		}
		return null;
	}

	private static String networkMessage(String message, IOException cause) {
		int colon = message.indexOf(": ");
		String request = (colon > 0) ? message.substring(0, colon) : message;
		Matcher retries = RETRIES.matcher(message);
		String attempts = "";
		if (retries.find()) {
			int count = Integer.parseInt(retries.group(1)) + 1;
			attempts = " after " + count + ((count == 1) ? " attempt" : " attempts");
		}
		String detail = (cause.getMessage() != null) ? cause.getMessage() : (cause instanceof ConnectException)
				? "connection refused" : (cause.getClass().getSimpleName().contains("Timeout")) ? "timed out" : null;
		String reason = cause.getClass().getSimpleName() + ((detail != null) ? ": " + detail : "");
		return request + ": could not reach PagerDuty" + attempts + " (" + reason + ")";
	}

	private String line(String message) {
		return "Error: " + this.redactor.redact(message).replaceAll("\\s*\\R\\s*", " ");
	}

}
