package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts per label, genre, era and length band, and a near-duplicate check.")
final class CorpusStatsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Labelled JSON Lines (default: the shipped seed corpus).")
    List<Path> files;

    @Override
    public Integer call() {
        return NotYetAvailable.say("corpus stats", "the seed-corpus issue");
    }
}
