package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "mix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Apply a YAML policy to tagged documents: keep, drop, hold out, sample, upsample, tag with control",
            "tokens, contextualize, route (gradient-routing labels), rename self-names, self_token.",
            "",
            "Writes DIR/documents/ (treated training shards), DIR/held_out/, DIR/audit/ (one line per input",
            "record) and DIR/manifest.json. Same inputs, policy and seed give the same bytes."})
final class MixCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--attributes", required = true, paramLabel = "DIR", description = "The output directory of 'portrayal tag'.")
    Path attributes;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (YAML, version 1).")
    Path policy;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice (default: the policy's seed).")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        return NotYetAvailable.say("mix", "the mix issue");
    }
}
