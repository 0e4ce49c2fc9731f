package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate positive, scenario-grounded documents through an OpenAI-compatible endpoint, "
                + "gated by the detector, deduplicated, resumable.")
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--scenarios", paramLabel = "FILE", description = "Scenario bank (default: the shipped one, train split).")
    Path scenarios;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Base URL of the server.")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name.")
    String model;

    @Option(names = "--count", paramLabel = "N", description = "Documents to accept.")
    Integer count;

    @Option(names = "--output", paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Override
    public Integer call() {
        return NotYetAvailable.say("synth", "a later issue");
    }
}
