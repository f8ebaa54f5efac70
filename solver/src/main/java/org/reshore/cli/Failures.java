package org.reshore.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.reshore.io.InputException;
import picocli.CommandLine;

/**
 * Turns what a command throws into a message and an exit code: bad input is exit 2 with every
 * diagnostic, a known failure its own code in one line, anything else exit 1 in one line (the
 * stack trace only with {@code --debug}).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private final boolean debug;

    Failures(String[] args) {
        this.debug = Arrays.asList(args).contains("--debug");
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof InputException input) {
            input.diagnostics().forEach(d -> err.println(d));
            // warnings are listed too, but only errors are counted as such
            int n = input.errors().size();
            err.println("reshore: " + n + (n == 1 ? " error" : " errors") + "; nothing was written");
            return ExitCode.BAD_INPUT;
        }
        if (ex instanceof CliFailure failure) {
            err.println("reshore: " + failure.getMessage());
            return failure.exitCode();
        }
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("reshore: internal error: " + what.lines().findFirst().orElse(what)
                + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) ex.printStackTrace(err);
        return ExitCode.INTERNAL;
    }
}
