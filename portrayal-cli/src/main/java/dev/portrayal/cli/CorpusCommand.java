package dev.portrayal.cli;

import picocli.CommandLine.Command;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Tools for labelled corpora (the seed corpus and your own).",
        subcommands = {CorpusStatsCommand.class})
final class CorpusCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
