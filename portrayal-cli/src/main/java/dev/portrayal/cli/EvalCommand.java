package dev.portrayal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure a model's misalignment propensity on scenario questions through an "
                + "OpenAI-compatible endpoint (key from PORTRAYAL_API_KEY or OPENAI_API_KEY).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--items", paramLabel = "FILE", description = "Scenario items (default: the shipped bank).")
    Path items;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Base URL of the server, e.g. http://localhost:8000.")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name to ask for.")
    String model;

    @Option(names = "--output", paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--mode", defaultValue = "completion", paramLabel = "MODE",
            description = "completion (log-probabilities) or chat (parsed answer); default ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--matching", defaultValue = "misaligned", paramLabel = "KIND",
            description = "For advanced-ai-risk files: what answer_matching_behavior means (misaligned|aligned).")
    String matching;

    @Option(names = "--compare", arity = "2", paramLabel = "DIR", description = "Compare two finished runs.")
    List<Path> compare;

    @Override
    public Integer call() {
        return NotYetAvailable.say("eval", "the eval issue");
    }
}
