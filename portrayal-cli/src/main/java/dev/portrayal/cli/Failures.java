package dev.portrayal.cli;

import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.io.InputResolver;
import picocli.CommandLine;

/** Maps failures to the contract's exit codes with a one-line message on stderr. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String command = cli.getCommandName();
        if (e instanceof ConfigurationException || e instanceof InputResolver.InputException
                || e instanceof IllegalArgumentException) {
            cli.getErr().println("portrayal " + command + ": " + e.getMessage());
            return USAGE;
        }
        cli.getErr().println("portrayal " + command + ": failed: " + describe(e));
        if (System.getenv("PORTRAYAL_DEBUG") != null) e.printStackTrace(cli.getErr());
        return FAILED;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank()) ? e.getClass().getSimpleName() : m;
    }
}
