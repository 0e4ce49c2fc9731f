package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "tag + mix + report in one command: DIR/tag, DIR/mix and DIR/report.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (YAML, version 1).")
    Path policy;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--self-name", paramLabel = "NAME", description = "Name of the model being trained (repeatable).")
    java.util.List<String> selfNames;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice (default: the policy's seed).")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        return NotYetAvailable.say("run", "the mix issue");
    }
}
