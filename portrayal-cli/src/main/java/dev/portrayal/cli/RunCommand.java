package dev.portrayal.cli;

import dev.portrayal.engine.ConfigurationException;
import dev.portrayal.engine.TagJob;
import dev.portrayal.io.InputFile;
import dev.portrayal.mix.MixJob;
import dev.portrayal.mix.Policy;
import dev.portrayal.report.SummaryReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "tag + mix + report in one command: DIR/tag (attributes), DIR/mix",
            "(documents, held_out, audit, manifest) and DIR/report/index.html. The",
            "policy is checked before anything runs; rerunning the same command after",
            "an interruption finishes only what is left."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "Policy file (YAML, version 1); see policies/ for examples.")
    Path policy;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Option(names = "--self-name", paramLabel = "NAME",
            description = "Name of the model being trained (repeatable): reported by tag, and added to the policy's self_names.")
    List<String> selfNames = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice (default: the policy's seed, else 0).")
    Long seed;

    @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer workers;

    @Option(names = "--tagger", defaultValue = "cascade", paramLabel = "NAME",
            description = "cascade (default: the detector) or lexicon (rules on the lexicon alone).")
    String taggerName;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Detector model for the cascade, from 'portrayal train' (default: the shipped model).")
    Path model;

    @Option(names = "--split-mb", defaultValue = "64", paramLabel = "MB",
            description = "Plain .jsonl files larger than this are tagged in parallel ranges (default: ${DEFAULT-VALUE}).")
    double splitMb;

    @Mixin
    ShardOptions shards = new ShardOptions();

    @Option(names = "--overwrite", description = "Start over when DIR holds a run with other inputs, policy or settings.")
    boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** What a finished run reports. */
    record Outcome(TagJob.Result tag, MixJob.Result mix, Path report) {
    }

    @Override
    public Integer call() throws Exception {
        Outcome o = execute(Policy.load(policy, selfNames));
        MixCommand.report(o.mix(), output.resolve("mix"), System.out);
        System.out.println("report: " + o.report());
        return 0;
    }

    Outcome execute(Policy p) throws Exception {
        if ("noop".equals(taggerName)) {
            throw new ConfigurationException("--tagger noop writes no scores, so there would be nothing to mix; "
                    + "use the cascade or lexicon tagger");
        }
        List<InputFile> files = input.resolve();
        MixCommand mix = mixCommand();
        mix.validate();
        TagCommand tag = new TagCommand();
        tag.input = input;
        tag.selfNames = selfNames;
        tag.workers = workers;
        tag.taggerName = taggerName;
        tag.model = model;
        tag.splitMb = splitMb;
        tag.overwrite = overwrite;
        TagJob.Result t = tag.run(output.resolve("tag"), quiet);
        MixJob.Result m = mix.run(p, files, output.resolve("tag"), output.resolve("mix"), quiet);
        Path report = SummaryReport.write(m.manifest(), output.resolve("report"));
        return new Outcome(t, m, report);
    }

    private MixCommand mixCommand() {
        MixCommand mix = new MixCommand();
        mix.input = input;
        mix.seed = seed;
        mix.selfNames = selfNames;
        mix.workers = workers;
        mix.shards = shards;
        mix.overwrite = overwrite;
        return mix;
    }
}
