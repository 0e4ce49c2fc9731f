package dev.portrayal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code portrayal} command line. */
@Command(name = "portrayal", mixinStandardHelpOptions = true, version = "portrayal 0.1.0",
        description = {
            "Finds and treats the way a pretraining corpus portrays artificial intelligence.",
            "",
            "Labels: misaligned > risk > aligned > neutral > none (see docs/labelling-guide.md).",
            "Exit codes: 0 done; 1 the run failed; 2 bad usage or configuration (nothing was done)."},
        subcommands = {TagCommand.class, MixCommand.class, RunCommand.class, DemoCommand.class,
            CorpusCommand.class, TrainCommand.class, ScoreCommand.class, EvalCommand.class, SynthCommand.class,
            SparkCommand.class, CommandLine.HelpCommand.class})
public final class Portrayal implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Portrayal());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setUsageHelpWidth(110);   // the descriptions are written in lines of up to 110 characters
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }
}
