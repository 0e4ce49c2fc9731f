package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure a detector on labelled data: per-label precision/recall/F1, confusion matrix, "
                + "flag rate on none, and a precision-recall table for the misaligned threshold.")
final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
    Path model;

    @Option(names = "--test", required = true, paramLabel = "FILE", description = "Labelled JSON Lines to score on.")
    Path test;

    @Override
    public Integer call() {
        return NotYetAvailable.say("score", "the detector issue");
    }
}
