package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a detector model from labelled JSON Lines (seed-corpus records or {\"text\",\"label\"}).")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE", description = "Training files.")
    List<Path> train;

    @Option(names = "--dev", required = true, paramLabel = "FILE", description = "Development file, used for calibration.")
    Path dev;

    @Option(names = "--output", required = true, paramLabel = "MODEL", description = "Model file to write.")
    Path output;

    @Override
    public Integer call() {
        return NotYetAvailable.say("train", "the detector issue");
    }
}
