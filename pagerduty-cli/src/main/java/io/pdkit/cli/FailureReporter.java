package io.pdkit.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints failures on standard error as {@code Error: ...}, one line, with any routing key masked, and
 * chooses the exit status: 2 for usage errors and invalid input, 1 for everything else.
 */
final class FailureReporter {

    static final int API_ERROR = 1;

    static final int USAGE_ERROR = 2;

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
        err.println(line((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName()));
        if (ex instanceof IllegalArgumentException) {
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE_ERROR;
        }
        return API_ERROR;
    }

    private String line(String message) {
        return "Error: " + this.redactor.redact(message).replaceAll("\\s*\\R\\s*", " ");
    }

}
